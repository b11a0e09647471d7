package nl.werkstroom.vierogen;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.engine.OngeldigeInvoerException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.stereotype.Component;

/**
 * The four-eyes principle on a deciding user task: whoever completes it must not be whoever completed
 * the last run of the preparing task in the same process instance. In the model:
 *
 * <pre>{@code
 * <camunda:taskListener delegateExpression="${vierOgenControleren}" event="complete">
 *   <camunda:field name="voorbereidingstaak" stringValue="Task_AanvraagBeoordelen" />
 * </camunda:taskListener>
 * }</pre>
 *
 * <p><b>Why the field is read from the model.</b> For a {@code delegateExpression} listener Camunda
 * injects {@code camunda:field}s into the resolved object on every invocation, before calling it. This
 * bean is a singleton shared by all tasks and threads, so a field it kept would be a race: one task's
 * value read while another's is injected. (A prototype scope would be safe only as long as the
 * expression manager asks Spring for a new instance on every call; reading the model needs no such
 * assumption.) So the bean keeps no state: {@link #setVoorbereidingstaak} only exists because the injection fails without
 * a setter, and the value is read from the task's own listener definition in the BPMN model, which is
 * immutable and cached per deployment.
 *
 * <p>Who completed the preparing task is taken from the user operation log (operation Complete),
 * which records the authenticated user whether the task was assigned or not; for a completion outside
 * an authenticated session, from the task's assignee. Who decides is the authenticated user, else the
 * assignee; a decision by nobody known is refused, as the principle cannot be checked. The history is
 * read without the decider's authorizations: a mandaathouder need not be allowed to read history for
 * the check to see it.
 */
@Component("vierOgenControleren")
public class VierOgenControleren implements TaskListener {

  static final String VELD = "voorbereidingstaak";
  static final String ZELF_VOORBEREID = "U heeft deze aanvraag zelf voorbereid. Volgens het vier-ogenprincipe "
      + "neemt een andere mandaathouder het besluit.";
  static final String ONBEKENDE_BESLISSER = "Het is niet bekend wie dit besluit neemt, dus het vier-ogenprincipe "
      + "kan niet worden gecontroleerd. Wijs de taak eerst aan uzelf toe en rond haar dan af.";

  @Override
  public void notify(DelegateTask task) {
    String beslisser = beslisser(task).orElseThrow(() -> new OngeldigeInvoerException(ONBEKENDE_BESLISSER));
    for (String voorbereidingstaak : voorbereidingstaken(task)) {
      Optional<String> voorbereider = zonderAutorisatie(() -> voorbereider(task, voorbereidingstaak));
      if (voorbereider.filter(beslisser::equals).isPresent()) {
        throw new OngeldigeInvoerException(ZELF_VOORBEREID);
      }
    }
  }

  /**
   * Field injection target; deliberately ignored (see the class comment). Without it Camunda cannot
   * inject the field and fails the task.
   */
  public void setVoorbereidingstaak(Expression ignored) {
    // stateless on purpose
  }

  private static Optional<String> beslisser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return Optional.of(authentication.getUserId());
    }
    return Optional.ofNullable(task.getAssignee());
  }

  /** The values of the field on this listener in the task's model element. */
  static List<String> voorbereidingstaken(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    List<String> taken = userTask != null
        ? luisteraars(userTask).stream()
            .filter(luisteraar -> "complete".equals(luisteraar.getCamundaEvent()))
            .filter(luisteraar -> isDezeLuisteraar(luisteraar.getCamundaDelegateExpression()))
            .flatMap(luisteraar -> luisteraar.getCamundaFields().stream())
            .filter(veld -> VELD.equals(veld.getCamundaName()))
            .map(VierOgenControleren::waarde)
            .filter(Objects::nonNull)
            .distinct()
            .toList()
        : List.of();
    if (taken.isEmpty()) {
      throw new ModelConfigurationException("Taak '" + task.getName() + "' controleert het vier-ogenprincipe, maar "
          + "zegt niet welke taak het besluit voorbereidt: geef de taakluisteraar ${vierOgenControleren} het veld '"
          + VELD + "' met het id van die taak als tekst.");
    }
    return taken;
  }

  private static Collection<CamundaTaskListener> luisteraars(UserTask userTask) {
    ExtensionElements extensions = userTask.getExtensionElements();
    return extensions == null ? List.of() : extensions.getChildElementsByType(CamundaTaskListener.class);
  }

  private static boolean isDezeLuisteraar(String delegateExpression) {
    return delegateExpression != null && delegateExpression.replace(" ", "").equals("${vierOgenControleren}");
  }

  private static String waarde(CamundaField veld) {
    String waarde = veld.getCamundaStringValue();
    if (waarde == null && veld.getCamundaString() != null) {
      waarde = veld.getCamundaString().getTextContent();
    }
    return waarde == null || waarde.isBlank() ? null : waarde.strip();
  }

  /** Who completed the last run of the preparing task in this process instance, if anyone known did. */
  private static Optional<String> voorbereider(DelegateTask task, String voorbereidingstaak) {
    HistoryService history = task.getProcessEngineServices().getHistoryService();
    List<HistoricTaskInstance> laatste = history.createHistoricTaskInstanceQuery()
        .processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(voorbereidingstaak)
        .taskDeleteReason("completed")
        .orderByHistoricTaskInstanceEndTime().desc()
        .listPage(0, 1);
    if (laatste.isEmpty()) {
      return Optional.empty();
    }
    HistoricTaskInstance run = laatste.get(0);
    Optional<String> afgerond = history.createUserOperationLogQuery()
        .taskId(run.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .list().stream()
        .map(UserOperationLogEntry::getUserId)
        .filter(Objects::nonNull)
        .findFirst();
    return afgerond.isPresent() ? afgerond : Optional.ofNullable(run.getAssignee());
  }

  private static <T> T zonderAutorisatie(Callable<T> query) {
    CommandContext context = Context.getCommandContext();
    boolean tenantCheck = context.isTenantCheckEnabled();
    context.disableTenantCheck();
    try {
      return context.runWithoutAuthorization(query);
    } finally {
      if (tenantCheck) {
        context.enableTenantCheck();
      }
    }
  }
}
