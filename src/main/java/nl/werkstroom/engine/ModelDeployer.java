package nl.werkstroom.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models under {@code processes/<process>/} together with the forms under
 * {@code forms/<process>/}, one deployment per process folder. A folder is deployed again only when
 * one of its files changed, so a restart does not create new versions and one process's change
 * leaves the others alone. Forms travel in the same deployment as their BPMN because user tasks
 * bind them with {@code camunda:formRefBinding="deployment"}.
 */
@Component
@Order(StartupOrder.DEPLOY_MODELS)
class ModelDeployer implements ApplicationRunner {

  static final String DEPLOYMENT_SOURCE = "werkstroom";
  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resources;

  ModelDeployer(RepositoryService repositoryService, ResourcePatternResolver resources) {
    this.repositoryService = repositoryService;
    this.resources = resources;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    for (Map.Entry<String, Map<String, Resource>> folder : modelsPerProcessFolder().entrySet()) {
      deploy(folder.getKey(), folder.getValue());
    }
  }

  private Map<String, Map<String, Resource>> modelsPerProcessFolder() throws IOException {
    Map<String, Map<String, Resource>> folders = new TreeMap<>();
    for (String pattern : new String[] {"processes/*/**/*.bpmn", "processes/*/**/*.dmn"}) {
      for (ModelResource model : find(pattern)) {
        folders.computeIfAbsent(model.processFolder(), f -> new TreeMap<>()).put(model.name(), model.resource());
      }
    }
    for (ModelResource form : find("forms/*/**/*.form")) {
      Map<String, Resource> folder = folders.get(form.processFolder());
      if (folder == null) {
        log.warn("Form {} has no process folder processes/{}/ and is not deployed", form.name(), form.processFolder());
      } else {
        folder.put(form.name(), form.resource());
      }
    }
    return folders;
  }

  private Iterable<ModelResource> find(String pattern) throws IOException {
    return java.util.Arrays.stream(resources.getResources("classpath*:" + pattern))
        .map(ModelResource::of)
        .toList();
  }

  private void deploy(String processFolder, Map<String, Resource> files) throws IOException {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(processFolder)
        .source(DEPLOYMENT_SOURCE)
        // false: compare the whole folder with its previous deployment; redeploy all of it on any change.
        .enableDuplicateFiltering(false);
    for (Map.Entry<String, Resource> file : files.entrySet()) {
      try (InputStream content = file.getValue().getInputStream()) {
        deployment.addInputStream(file.getKey(), content);
      }
    }
    DeploymentWithDefinitions result = deployment.deployWithResult();
    if (result.getDeployedProcessDefinitions() == null || result.getDeployedProcessDefinitions().isEmpty()) {
      log.info("Models of {} unchanged, nothing deployed", processFolder);
    } else {
      log.info("Deployed {} ({} files) as deployment {}", processFolder, files.size(), result.getId());
    }
  }
}
