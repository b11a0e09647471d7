package nl.werkstroom.vierogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.engine.OngeldigeInvoerException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four-eyes listener in a real engine with authorizations and full history: the users may work
 * on tasks but not read history, as a mandaathouder in Tasklist.
 */
class VierOgenControlerenTest {

  private static ProcessEngine engine;
  private static TaskService tasks;

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = (StandaloneInMemProcessEngineConfiguration)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("vierogen");
    configuration.setJdbcUrl("jdbc:h2:mem:vierogen;DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(Map.of("vierOgenControleren", new VierOgenControleren()));
    engine = configuration.buildProcessEngine();
    tasks = engine.getTaskService();

    engine.getRepositoryService().createDeployment()
        .addModelInstance("vierogen.bpmn", model("Task_Voorbereiden"))
        .addModelInstance("zonderveld.bpmn", modelZonderVeld())
        .deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String user : new String[] {"anna", "bert"}) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setUserId(user);
      grant.setResource(Resources.TASK);
      grant.setResourceId("*");
      grant.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(grant);
    }
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @AfterEach
  void logOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void whoPreparedCannotDecide() {
    String instance = start("vierogen");
    completeAs("anna", instance, "Task_Voorbereiden", false);

    assertThatThrownBy(() -> completeAs("anna", instance, "Task_Besluiten", true)).satisfies(refusal(
        "U heeft deze aanvraag zelf voorbereid. Volgens het vier-ogenprincipe neemt een andere mandaathouder het besluit."));

    assertThat(open(instance, "Task_Besluiten")).isNotNull();
  }

  @Test
  void anotherUserDecides() {
    String instance = start("vierogen");
    completeAs("anna", instance, "Task_Voorbereiden", false);

    completeAs("bert", instance, "Task_Besluiten", true);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void onlyTheLastPreparationCounts() {
    String instance = start("vierogen");
    completeAs("anna", instance, "Task_Voorbereiden", false);
    completeAs("bert", instance, "Task_Besluiten", false); // sent back
    completeAs("bert", instance, "Task_Voorbereiden", false);

    assertThatThrownBy(() -> completeAs("bert", instance, "Task_Besluiten", true))
        .satisfies(refusal(VierOgenControleren.ZELF_VOORBEREID));
    completeAs("anna", instance, "Task_Besluiten", true);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void preparedOutsideASessionCountsTheAssignee() {
    String instance = start("vierogen");
    Task voorbereiden = open(instance, "Task_Voorbereiden");
    tasks.setAssignee(voorbereiden.getId(), "anna");
    tasks.complete(voorbereiden.getId(), Map.of("akkoord", false));

    assertThatThrownBy(() -> completeAs("anna", instance, "Task_Besluiten", true))
        .satisfies(refusal(VierOgenControleren.ZELF_VOORBEREID));
  }

  @Test
  void aDecisionByNobodyKnownIsRefused() {
    String instance = start("vierogen");
    completeAs("anna", instance, "Task_Voorbereiden", false);
    Task besluiten = open(instance, "Task_Besluiten");

    assertThatThrownBy(() -> tasks.complete(besluiten.getId(), Map.of("akkoord", true)))
        .satisfies(refusal(VierOgenControleren.ONBEKENDE_BESLISSER));
  }

  @Test
  void aListenerWithoutTheFieldIsAModellingError() {
    String instance = start("zonderveld");
    completeAs("anna", instance, "Task_Voorbereiden", false);

    assertThatThrownBy(() -> completeAs("bert", instance, "Task_Besluiten", true))
        .satisfies(error -> assertThat(causeOfType(error, ModelConfigurationException.class).getMessage())
            .contains("geef de taakluisteraar ${vierOgenControleren} het veld 'voorbereidingstaak'"));
  }

  private static String start(String key) {
    return engine.getRuntimeService().startProcessInstanceByKey(key).getId();
  }

  private static Task open(String instance, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
  }

  private static void completeAs(String user, String instance, String taskKey, boolean akkoord) {
    Task task = open(instance, taskKey);
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      tasks.complete(task.getId(), Map.of("akkoord", akkoord));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The engine may wrap a listener's exception: the user sees the innermost refusal. */
  private static org.assertj.core.api.ThrowingConsumer<Throwable> refusal(String message) {
    return error -> assertThat(causeOfType(error, OngeldigeInvoerException.class).getMessage()).isEqualTo(message);
  }

  private static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    throw new AssertionError("No " + type.getSimpleName() + " in " + error, error);
  }

  /** Prepare, decide; a decision that does not agree sends the case back to preparation. */
  private static BpmnModelInstance model(String voorbereidingstaak) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("vierogen")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .exclusiveGateway("Gateway_Opnieuw")
        .userTask("Task_Voorbereiden")
        .userTask("Task_Besluiten")
        .camundaTaskListenerDelegateExpression("complete", "${vierOgenControleren}")
        .exclusiveGateway("Gateway_Akkoord")
        .condition("ja", "${akkoord}")
        .endEvent()
        .moveToLastGateway()
        .condition("nee", "${!akkoord}")
        .connectTo("Gateway_Opnieuw")
        .done();
    CamundaTaskListener listener = model.getModelElementsByType(CamundaTaskListener.class).iterator().next();
    CamundaField field = model.newInstance(CamundaField.class);
    field.setCamundaName(VierOgenControleren.VELD);
    field.setCamundaStringValue(voorbereidingstaak);
    listener.getCamundaFields().add(field);
    return model;
  }

  private static BpmnModelInstance modelZonderVeld() {
    return Bpmn.createExecutableProcess("zonderveld")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Voorbereiden")
        .userTask("Task_Besluiten")
        .camundaTaskListenerDelegateExpression("complete", "${vierOgenControleren}")
        .endEvent()
        .done();
  }
}
