package nl.werkstroom.servicetask.scim;

import java.util.List;
import java.util.Optional;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.scim.ScimClient;
import nl.werkstroom.integration.scim.ScimGroup;
import nl.werkstroom.integration.scim.ScimName;
import nl.werkstroom.integration.scim.ScimUser;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Account aanmaken": creates the account of a new employee, active, and makes it a member of the
 * named groups. The account's {@code externalId} is this task's idempotency key, so a retry finds
 * the account it made before and only adds what is missing. A user name held by any other account
 * is the business error {@code GEBRUIKERSNAAM_BEZET}: Werkstroom never hands a new employee an
 * account it did not make. Unknown groups are {@code GROEP_ONBEKEND}, found before anything is made.
 * Output (local): {@code accountId}.
 */
@Component("accountAanmaken")
class AccountAanmaken implements JavaDelegate {

  private final ScimClient scim;

  AccountAanmaken(ScimClient scim) {
    this.scim = scim;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Defined from the start: Camunda maps the output even when a BPMN error ends the task.
    execution.setVariableLocal("accountId", null);
    String userName = TaskInputs.required(execution, "gebruikersnaam");
    ScimName name = ScimName.of(TaskInputs.required(execution, "voornaam"), TaskInputs.required(execution, "achternaam"));
    String email = TaskInputs.required(execution, "email");
    List<ScimGroup> groups = TaskInputs.list(execution, "groepen").stream()
        .map(group -> scim.findGroupByDisplayName(group).orElseThrow(() -> AccountErrors.groupUnknown(group)))
        .toList();
    String externalId = TaskInputs.idempotencyKey(execution);

    ScimUser user = scim.findUserByExternalId(externalId).orElseGet(() -> create(externalId, userName, name, email));
    for (ScimGroup group : groups) {
      if (!user.isMemberOf(group.id())) {
        scim.addMember(group.id(), user.id());
      }
    }
    execution.setVariableLocal("accountId", user.id());
  }

  private ScimUser create(String externalId, String userName, ScimName name, String email) {
    if (scim.findUserByUserName(userName).isPresent()) {
      throw taken();
    }
    try {
      return scim.createUser(ScimUser.create(externalId, userName, name, email));
    } catch (BackendRejectedException e) {
      if (!e.isConflict()) {
        throw e;
      }
      // Taken between the lookup and the create: by our own earlier attempt, or by someone else.
      Optional<ScimUser> ours = scim.findUserByExternalId(externalId);
      return ours.orElseThrow(AccountAanmaken::taken);
    }
  }

  private static BpmnError taken() {
    return new BpmnError(AccountErrors.GEBRUIKERSNAAM_BEZET, "Er bestaat al een account met deze gebruikersnaam "
        + "dat niet door deze taak is aangemaakt. Kies een andere gebruikersnaam of laat het accountbeheer kijken.");
  }
}
