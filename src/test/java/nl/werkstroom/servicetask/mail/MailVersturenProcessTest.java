package nl.werkstroom.servicetask.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.mail.Mail;
import nl.werkstroom.integration.mail.MailSender;
import nl.werkstroom.integration.mail.MailTemplates;
import nl.werkstroom.organisation.TenantProperties;
import nl.werkstroom.servicetask.TemplateValues;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "E-mail versturen" in a real engine, as the element template configures it (asynchronous before
 * and after, inputs from expressions): a reminder loop sends one mail per round, and a send whose
 * answer was lost is sent again with the same Message-ID.
 */
class MailVersturenProcessTest {

  private static final MailSender SENDER = mock(MailSender.class);
  private static final List<Mail> SENT = new ArrayList<>();
  private static final List<String> KEYS = new ArrayList<>();
  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("mailVersturenProcessTest");
    configuration.setJdbcUrl("jdbc:h2:mem:mail-versturen-process-test;DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setBeans(Map.of("mailVersturen", new MailVersturen(new MailTemplates(),
        new TemplateValues(new TenantProperties(List.of())), SENDER,
        org.mockito.Mockito.mock(nl.werkstroom.integration.zgw.documenten.DocumentenClient.class))));
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("herinnering.bpmn", reminderLoop()).deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @BeforeEach
  void recordSends() {
    reset(SENDER);
    SENT.clear();
    KEYS.clear();
    when(SENDER.send(any(), anyString())).thenAnswer(call -> {
      SENT.add(call.getArgument(0));
      KEYS.add(call.getArgument(1));
      return "<werkstroom." + KEYS.size() + "@werkstroom.example>";
    });
  }

  @Test
  void aReminderLoopSendsOneMailPerRound() {
    ProcessInstance instance = start();

    runJobs(instance.getId());

    String id = instance.getId();
    assertThat(KEYS).containsExactly(id + ":Task_StuurHerinnering", id + ":Task_StuurHerinnering:2");
    assertThat(SENT).extracting(Mail::to).containsOnly("joost@example.nl");
    assertThat(SENT.get(0).subject()).isEqualTo("Herinnering: uw IBAN doorgeven vóór 1 april 2026 (ZAAK-2026-0100)");
    assertThat(SENT.get(0).body()).startsWith("Beste Joost de Vries,").contains("uw subsidieaanvraag met zaaknummer ZAAK-2026-0100");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count()).as("ended").isZero();
    assertThat(variable(id, "berichtId")).isEqualTo("<werkstroom.2@werkstroom.example>");
    assertThat(variable(id, "verzondenBerichten").toString())
        .isEqualTo("{\"Task_StuurHerinnering\":[\"<werkstroom.1@werkstroom.example>\",\"<werkstroom.2@werkstroom.example>\"]}");
  }

  @Test
  void aSendWhoseAnswerWasLostIsSentAgainWithTheSameMessageId() {
    doAnswer(call -> {
      KEYS.add(call.getArgument(1));
      if (KEYS.size() == 1) {
        // The server took the message, but its answer never arrived.
        throw new BackendUnavailableException("E-mail (SMTP)", "time-out", null);
      }
      return "<werkstroom." + KEYS.size() + "@werkstroom.example>";
    }).when(SENDER).send(any(), anyString());
    ProcessInstance instance = start();
    Job first = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(first.getId()))
        .isInstanceOf(BackendUnavailableException.class);
    engine.getManagementService().executeJob(first.getId());

    assertThat(KEYS).hasSize(2).containsOnly(instance.getId() + ":Task_StuurHerinnering");
  }

  private static ProcessInstance start() {
    Date uiterlijk = Date.from(LocalDate.of(2026, 4, 1).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
    return engine.getRuntimeService().startProcessInstanceByKey("herinnering", Map.of(
        "email", "joost@example.nl", "aanvragerNaam", "Joost de Vries", "zaaknummer", "ZAAK-2026-0100",
        "onderwerp", "subsidieaanvraag", "gemeente", "Gemeente Leiden", "uiterlijk", uiterlijk, "rondes", 0));
  }

  private static void runJobs(String processInstanceId) {
    for (int i = 0; i < 20; i++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).list();
      if (jobs.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(jobs.get(0).getId());
    }
    throw new AssertionError("The process did not end");
  }

  /** A process variable (not the task's local one of the same name), as history keeps it. */
  private static Object variable(String processInstanceId, String name) {
    HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).activityInstanceIdIn(processInstanceId).variableName(name).singleResult();
    return variable.getValue();
  }

  /** Remind, count the round, and remind again until two rounds are done. */
  private static BpmnModelInstance reminderLoop() {
    return Bpmn.createExecutableProcess("herinnering")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_StuurHerinnering")
        .camundaDelegateExpression("${mailVersturen}")
        .camundaAsyncBefore()
        .camundaAsyncAfter()
        .camundaInputParameter("aan", "${email}")
        .camundaInputParameter("sjabloon", "herinnering")
        .camundaInputParameter("gegevens", "naam = ${aanvragerNaam}\nactie = uw IBAN doorgeven")
        .camundaOutputParameter("berichtId", "${berichtId}")
        .serviceTask("Task_TelRonde")
        .camundaExpression("${execution.setVariable('rondes', rondes + 1)}")
        .exclusiveGateway("Gateway_NogEenRonde")
        .condition("ja", "${rondes < 2}")
        .connectTo("Task_StuurHerinnering")
        .moveToNode("Gateway_NogEenRonde")
        .condition("nee", "${rondes >= 2}")
        .endEvent()
        .done();
  }
}
