package nl.werkstroom.servicetask.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import nl.werkstroom.integration.financien.BudgetOntoereikendException;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.FinancienProperties;
import nl.werkstroom.integration.financien.NieuweReservering;
import nl.werkstroom.integration.financien.Reservering;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Budget reserveren" in a running engine, wired as its element template wires it: inputs as
 * camunda:inputParameter, the result mapped out with camunda:outputParameter, asyncBefore, and the
 * BPMN error caught by a boundary event that takes the "budget exhausted" path.
 */
class BudgetReserverenInProcessTest {

  private static final FinancienClient financien = mock(FinancienClient.class);
  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    Administratie administratie = new Administratie(new FinancienProperties("/x", "t", Duration.ofSeconds(1),
        Duration.ofSeconds(1), Map.of("leiden", new FinancienProperties.Tenant("LEI01"))));
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    // A name of its own: closing an engine named "default" would unregister the application tests' engine.
    configuration.setProcessEngineName("budgetReserverenInProcessTest");
    configuration.setJdbcUrl("jdbc:h2:mem:budget-reserveren-" + System.nanoTime());
    configuration.setJobExecutorActivate(false);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setBeans(Map.of("budgetReserveren", new BudgetReserveren(financien, administratie)));
    engine = configuration.buildProcessEngine();

    BpmnModelInstance model = Bpmn.createExecutableProcess("subsidietest")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_BudgetReserveren").name("Budget reserveren")
          .camundaDelegateExpression("${budgetReserveren}")
          .camundaAsyncBefore()
          .camundaInputParameter("budgetcode", "SUB-SPORT")
          .camundaInputParameter("bedrag", "${aangevraagdBedrag}")
          .camundaInputParameter("omschrijving", "Subsidie sportclub")
          .camundaOutputParameter("reservering", "${reserveringId}")
        .userTask("Task_Toekennen")
        .endEvent()
        .moveToActivity("Task_BudgetReserveren")
          .boundaryEvent("Event_BudgetOntoereikend").error("BUDGET_ONTOEREIKEND")
        .userTask("Task_Afwijzen")
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().tenantId("leiden")
        .addModelInstance("subsidietest.bpmn", model).deploy();
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @BeforeEach
  void resetClient() {
    reset(financien);
  }

  private ProcessInstance start() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("subsidietest", "ZAAK-2026-0007",
        Map.of("aangevraagdBedrag", 1250.5));
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    engine.getManagementService().executeJob(job.getId());
    return instance;
  }

  private String huidigeTaak(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getTaskDefinitionKey();
  }

  @Test
  void theReservationIdBecomesTheProcessVariableTheModelNamed() {
    when(financien.reserveer(anyString(), anyString(), any(), anyString())).thenReturn(
        new Reservering("res-42", "SUB-SPORT", new BigDecimal("1250.50"), "ZAAK-2026-0007", null, "gereserveerd", null));

    ProcessInstance instance = start();

    assertThat(huidigeTaak(instance)).isEqualTo("Task_Toekennen");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "reservering")).isEqualTo("res-42");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "reserveringId")).isNull();
    verify(financien).reserveer(eq("LEI01"), eq("SUB-SPORT"),
        eq(new NieuweReservering(new BigDecimal("1250.50"), "ZAAK-2026-0007", "Subsidie sportclub")),
        eq(instance.getId() + ":Task_BudgetReserveren"));
  }

  @Test
  void anExhaustedBudgetTakesTheBoundaryEventsPath() {
    when(financien.reserveer(anyString(), anyString(), any(), anyString()))
        .thenThrow(new BudgetOntoereikendException("Financieel systeem", "Het budgetplafond is bereikt."));

    ProcessInstance instance = start();

    assertThat(huidigeTaak(instance)).isEqualTo("Task_Afwijzen");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }
}
