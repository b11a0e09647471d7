package nl.werkstroom.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.werkstroom.zaak.ZaakProperties;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import nl.werkstroom.engine.conformance.ModelConformanceRules.Report;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every model under {@code processes/} and every form under {@code forms/} (the files in the
 * repository, not their copies on the classpath) follows the modelling conventions, and every
 * {@code camunda:delegateExpression} names a bean this application has.
 *
 * <p>The whole application is started without a server (mock web environment): with
 * {@code WebEnvironment.NONE} the security configuration cannot build its {@code /camunda/**}
 * request matcher, which needs Spring MVC's {@code HandlerMappingIntrospector}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    // An engine of its own: Camunda keeps engines in a JVM-wide registry by name, and the REST API of
    // the application tests must keep finding theirs; its own database keeps its job executor away
    // from their jobs.
    "camunda.bpm.process-engine-name=modelcontrole",
    "spring.datasource.url=jdbc:h2:mem:modelcontrole;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
class ModelConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ApplicationContext context;

  @Autowired
  ZaakProperties zaak;

  @Test
  void everyModelAndFormFollowsTheConventions() {
    Path projectRoot = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    assertThat(projectRoot.resolve("processes")).as("the models of the project").isDirectory();
    ModelConformanceRules rules = new ModelConformanceRules(
        context::containsBean, ProductPropertiesUtil.getProductVersion());

    Report report = rules.checkProject(projectRoot);

    assertThat(report.models()).as("models under processes/").isNotEmpty();
    assertThat(report.violations()).as(report.describe()).isEmpty();
  }

  @Test
  void everyProcessHasAZaaktype() throws IOException {
    List<String> processKeys = new ArrayList<>();
    for (Path model : files(projectRoot().resolve("processes"), ".bpmn")) {
      Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable)
          .map(Process::getId)
          .forEach(processKeys::add);
    }

    assertThat(processKeys).isNotEmpty();
    assertThat(zaak.zaaktypen().keySet())
        .as("werkstroom.zaak.zaaktypen names the zaaktype of every process")
        .containsAll(processKeys);
  }

  @Test
  void everyElementTemplateCallsABeanOfThisApplicationAsynchronously() throws IOException {
    List<Path> templates = files(projectRoot().resolve("processes/.camunda/element-templates"), ".json");
    List<String> problems = new ArrayList<>();
    for (Path file : templates) {
      for (JsonNode template : JSON.readTree(file.toFile())) {
        String name = file.getFileName() + " (" + template.path("name").asText() + ")";
        String delegate = bindingValue(template, "camunda:delegateExpression");
        if (delegate == null || !delegate.matches("\\$\\{[A-Za-z][A-Za-z0-9]*}")) {
          problems.add(name + ": no camunda:delegateExpression of the form ${beanName}");
        } else if (!context.containsBean(delegate.substring(2, delegate.length() - 1))) {
          problems.add(name + ": bean " + delegate + " does not exist");
        }
        if (!"true".equals(bindingValue(template, "camunda:asyncBefore"))) {
          problems.add(name + ": does not set camunda:asyncBefore to true");
        }
      }
    }

    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private static String bindingValue(JsonNode template, String property) {
    for (JsonNode candidate : template.path("properties")) {
      JsonNode binding = candidate.path("binding");
      if ("property".equals(binding.path("type").asText()) && property.equals(binding.path("name").asText())) {
        return candidate.path("value").asText();
      }
    }
    return null;
  }

  private static Path projectRoot() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }

  private static List<Path> files(Path directory, String extension) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
    }
  }
}
