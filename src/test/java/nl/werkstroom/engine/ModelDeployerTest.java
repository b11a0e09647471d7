package nl.werkstroom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import nl.werkstroom.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** Models and forms from processes/ and forms/ are deployed at start, per process, only when changed. */
@ApplicationTest
class ModelDeployerTest {

  @Autowired
  ModelDeployer deployer;

  @Autowired
  RepositoryService repositoryService;

  @Test
  void eachProcessFolderIsOneDeploymentWithItsForms() {
    ProcessDefinition contactverzoek = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("contactverzoek").latestVersion().singleResult();

    assertThat(contactverzoek.getTenantId()).as("definitions are shared by all municipalities").isNull();
    assertThat(repositoryService.getDeploymentResourceNames(contactverzoek.getDeploymentId()))
        .contains("processes/contactverzoek/contactverzoek.bpmn",
            "forms/contactverzoek/contactverzoek-start.form",
            "forms/contactverzoek/contactverzoek-terugbellen.form");
    assertThat(repositoryService.createDeploymentQuery().deploymentId(contactverzoek.getDeploymentId())
        .singleResult().getName()).isEqualTo("contactverzoek");
  }

  @Test
  void anUnchangedFolderIsNotDeployedAgain() throws Exception {
    long deploymentsBefore = repositoryService.createDeploymentQuery().deploymentName("contactverzoek").count();

    deployer.run(new DefaultApplicationArguments());

    assertThat(repositoryService.createDeploymentQuery().deploymentName("contactverzoek").count())
        .isEqualTo(deploymentsBefore);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("contactverzoek").count())
        .isEqualTo(1);
  }
}
