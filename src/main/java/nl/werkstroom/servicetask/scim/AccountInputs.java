package nl.werkstroom.servicetask.scim;

import java.util.Arrays;
import java.util.List;
import nl.werkstroom.engine.ModelConfigurationException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The inputs of the account tasks (named by the element templates' input parameters) and their
 * business errors. A missing required input is a fault in the model: an incident at once.
 */
final class AccountInputs {

  /** The group named in the task does not exist in the directory. */
  static final String GROEP_ONBEKEND = "GROEP_ONBEKEND";
  /** There is no account with the given user name. */
  static final String ACCOUNT_ONBEKEND = "ACCOUNT_ONBEKEND";
  /** The user name belongs to an account that this task did not create: someone else's, or made by hand. */
  static final String GEBRUIKERSNAAM_BEZET = "GEBRUIKERSNAAM_BEZET";

  private AccountInputs() {
  }

  static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new ModelConfigurationException("De taak '" + activityName(execution) + "' heeft geen waarde voor '"
          + name + "'. Vul die invoer in het model in (Modeler, paneel van de taak).");
    }
    return value.toString().trim();
  }

  /** A comma-separated list (e.g. group names); empty when the input is missing or blank. */
  static List<String> list(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.toString().split(",")).map(String::trim).filter(item -> !item.isEmpty()).distinct().toList();
  }

  /** The idempotency key of this task in this instance: a retried job gives the same key. */
  static String idempotencyKey(DelegateExecution execution) {
    return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
  }

  static BpmnError groupUnknown(String group) {
    return new BpmnError(GROEP_ONBEKEND, "De groep '" + group + "' bestaat niet in het accountbeheer.");
  }

  static BpmnError accountUnknown() {
    return new BpmnError(ACCOUNT_ONBEKEND, "Er is geen account met deze gebruikersnaam in het accountbeheer.");
  }

  private static String activityName(DelegateExecution execution) {
    String name = execution.getCurrentActivityName();
    return name == null || name.isBlank() ? execution.getCurrentActivityId() : name;
  }
}
