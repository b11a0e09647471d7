package nl.werkstroom.servicetask.scim;

import org.camunda.bpm.engine.delegate.BpmnError;

/** The business outcomes of the account tasks, as the BPMN errors a model catches. */
final class AccountErrors {

  /** The group named in the task does not exist in the directory. */
  static final String GROEP_ONBEKEND = "GROEP_ONBEKEND";
  /** There is no account with the given user name. */
  static final String ACCOUNT_ONBEKEND = "ACCOUNT_ONBEKEND";
  /** The user name belongs to an account that this task did not create: someone else's, or made by hand. */
  static final String GEBRUIKERSNAAM_BEZET = "GEBRUIKERSNAAM_BEZET";

  private AccountErrors() {
  }

  static BpmnError groupUnknown(String group) {
    return new BpmnError(GROEP_ONBEKEND, "De groep '" + group + "' bestaat niet in het accountbeheer.");
  }

  static BpmnError accountUnknown() {
    return new BpmnError(ACCOUNT_ONBEKEND, "Er is geen account met deze gebruikersnaam in het accountbeheer.");
  }
}
