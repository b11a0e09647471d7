package nl.werkstroom.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.werkstroom.engine.conformance.ModelConformanceRules.Form;
import nl.werkstroom.engine.conformance.ModelConformanceRules.Report;
import nl.werkstroom.engine.conformance.ModelConformanceRules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of {@link ModelConformanceRules} against a small fixture that breaks exactly that rule
 * (src/test/resources/conformance/): the fixture must produce that one violation and no other, and
 * the good fixtures none.
 */
class ModelConformanceRulesTest {

  private static final Set<String> BEANS = Set.of("zaakRegistreren", "zaakStatus", "berichtVersturen");
  private static final List<Form> FORMS = List.of(
      new Form("forms/fixture/start.form", "fixture", "fixture-start"),
      new Form("forms/fixture/taak.form", "fixture", "fixture-taak"));

  private final ModelConformanceRules rules = new ModelConformanceRules(BEANS::contains, "7.24.0");

  @Test
  void goodModelsAndFormsHaveNoViolations() {
    assertThat(bpmn("good")).isEmpty();
    assertThat(rules.checkDmn(fixture("dmn/good.dmn"), "processes/fixture/good.dmn")).isEmpty();
    assertThat(rules.checkForm(fixture("forms/good.form"), "forms/fixture/good.form")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not-executable                            | fixture                        | process is not executable
      missing-shape                             | Task_Beoordelen                | has no diagram interchange
      missing-edge                              | Flow_2                         | has no diagram interchange
      unknown-form                              | Task_Beoordelen                | formRef "fixture-onbekend" names no form in forms/fixture/
      form-binding-latest                       | Task_Beoordelen                | has binding latest (the default)
      start-form-binding-version                | StartEvent_AanvraagOntvangen   | has binding "version"
      user-task-unassigned                      | Task_Beoordelen                | no candidate groups, candidate users or assignee
      user-task-without-form                    | Task_Beoordelen                | user task has no Camunda Form
      user-task-form-key                        | Task_Beoordelen                | uses camunda:formKey
      service-task-class                        | Task_ZaakRegistreren           | uses camunda:class="nl.werkstroom.zaak.ZaakRegistreren"
      service-task-expression                   | Task_ZaakRegistreren           | uses camunda:expression
      service-task-unknown-bean                 | Task_ZaakRegistreren           | bean "zaakAanmaken", which the application does not have
      service-task-logic-in-delegate-expression | Task_ZaakRegistreren           | name one bean, as in ${beanName}
      service-task-without-implementation       | Task_ZaakRegistreren           | has no implementation
      service-task-not-async                    | Task_ZaakRegistreren           | without camunda:asyncBefore="true"
      service-task-bad-retry-cycle              | Task_ZaakRegistreren           | "5 times every minute", which is not R<n>/<ISO duration>
      message-end-event-class                   | EndEvent_BerichtVerstuurd      | uses camunda:class="nl.werkstroom.BerichtVersturen"
      message-end-event-unknown-bean            | EndEvent_BerichtVerstuurd      | bean "mailer", which the application does not have
      message-end-event-not-async               | EndEvent_BerichtVerstuurd      | without camunda:asyncBefore="true"
      listener-class                            | Task_Beoordelen                | execution listener uses camunda:class
      listener-unknown-bean                     | Task_Beoordelen                | bean "statusBijwerken", which the application does not have
      no-history-time-to-live                   | fixture                        | no camunda:historyTimeToLive
      no-execution-platform                     | Definitions_Fixture            | has no modeler:executionPlatform
      other-platform-version                    | Definitions_Fixture            | made for Camunda Platform 7.21.0, not for the engine it runs on, Camunda Platform 7.24
      not-bpmn                                  | ''                             | cannot be read as BPMN
      """)
  void aBrokenBpmnModelReportsItsOneViolation(String fixture, String element, String message) {
    assertThat(bpmn(fixture))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.file()).isEqualTo("processes/fixture/" + fixture + ".bpmn");
          assertThat(violation.element()).isEqualTo(element);
          assertThat(violation.message()).contains(message);
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no-history-time-to-live | Decision_Verantwoording | decision has no camunda:historyTimeToLive
      no-execution-platform   | Definitions_Fixture     | has no modeler:executionPlatform
      """)
  void aBrokenDecisionReportsItsOneViolation(String fixture, String element, String message) {
    String name = "processes/fixture/" + fixture + ".dmn";
    List<Violation> violations = rules.checkDmn(fixture("dmn/" + fixture + ".dmn"), name);
    assertThat(violations).singleElement().isEqualTo(violationWith(name, element, message, violations));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not-json              | ''           | is not a valid form (JSON)
      no-id                 | ''           | form has no "id"
      no-components         | fixture-taak | form has no "components" list
      no-execution-platform | fixture-taak | has no modeler:executionPlatform / executionPlatformVersion
      other-platform        | fixture-taak | made for Camunda Cloud 8.7.0
      no-schema-version     | fixture-taak | form has no numeric "schemaVersion"
      """)
  void aBrokenFormReportsItsOneViolation(String fixture, String element, String message) {
    String name = "forms/fixture/" + fixture + ".form";
    List<Violation> violations = rules.checkForm(fixture("forms/" + fixture + ".form"), name);
    assertThat(violations).singleElement().isEqualTo(violationWith(name, element, message, violations));
  }

  @Test
  void aProjectLaidOutAsWerkstroomDeploysItPasses() {
    Report report = rules.checkProject(fixture("project-good"));

    assertThat(report.violations()).isEmpty();
    assertThat(report.models()).containsExactly("processes/fixture/fixture.bpmn", "processes/fixture/verantwoording.dmn");
    assertThat(report.forms()).containsExactly("forms/fixture/start.form", "forms/fixture/taak.form");
  }

  @Test
  void aProjectReportsFilesOutsideTheirDeploymentDuplicatesAndFormsInAnotherDeployment() {
    Report report = rules.checkProject(fixture("project-broken"));

    assertThat(report.violations()).map(Violation::toString).satisfiesExactlyInAnyOrder(
        v -> assertThat(v).startsWith("processes/los.bpmn: is not deployed"),
        v -> assertThat(v).startsWith("forms/los.form: is not deployed"),
        v -> assertThat(v).startsWith("forms/andere/taak.form: is not deployed: there is no process folder processes/andere/"),
        v -> assertThat(v).startsWith("forms/fixture/start.form › fixture-start: form id is also used by forms/fixture/start-kopie.form"),
        v -> assertThat(v).startsWith("processes/fixture/fixture-kopie.bpmn › fixture: process key is also used in "
            + "processes/fixture/fixture.bpmn, processes/los.bpmn"),
        v -> assertThat(v).startsWith("processes/fixture/fixture.bpmn › Task_Beoordelen: formRef \"fixture-taak\" names no form in forms/fixture/")
            .endsWith("forms/andere/taak.form has that id but is deployed with another process folder"),
        v -> assertThat(v).startsWith("processes/fixture/fixture-kopie.bpmn › Task_Beoordelen: formRef \"fixture-taak\" names no form"),
        v -> assertThat(v).startsWith("processes/los.bpmn › StartEvent_AanvraagOntvangen: formRef \"fixture-start\" names no form in forms/<process>/"),
        v -> assertThat(v).startsWith("processes/los.bpmn › Task_Beoordelen: formRef \"fixture-taak\" names no form in forms/<process>/"));
  }

  @Test
  void theReportListsEveryViolationOnItsOwnLine() {
    Report report = rules.checkProject(fixture("project-broken"));

    List<String> lines = new ArrayList<>(report.describe().lines().toList());
    assertThat(lines.remove(0)).isEqualTo("9 model conformance violation(s) in 3 model(s) and 4 form(s):");
    assertThat(lines).hasSize(9).allSatisfy(line -> assertThat(line).startsWith("  - "));
  }

  private List<Violation> bpmn(String fixture) {
    return rules.checkBpmn(fixture("bpmn/" + fixture + ".bpmn"), "processes/fixture/" + fixture + ".bpmn", FORMS);
  }

  /** The violation among {@code violations} that matches, or a description of what was expected (so the assertion shows both). */
  private static Object violationWith(String file, String element, String message, List<Violation> violations) {
    return violations.stream()
        .filter(v -> v.file().equals(file) && v.element().equals(element) && v.message().contains(message))
        .findFirst()
        .map(Object.class::cast)
        .orElse("a violation of " + file + " › " + element + " containing \"" + message + "\"");
  }

  private static Path fixture(String path) {
    URL url = ModelConformanceRulesTest.class.getResource("/conformance/" + path);
    assertThat(url).as("fixture conformance/%s", path).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
