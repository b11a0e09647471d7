package nl.werkstroom.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
class ModelConformanceTest {

  @Autowired
  ApplicationContext context;

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
}
