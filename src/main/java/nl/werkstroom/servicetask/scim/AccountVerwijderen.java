package nl.werkstroom.servicetask.scim;

import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.scim.ScimClient;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Account verwijderen": deletes the account with the user name. No such account is fine (it is
 * gone, which is what the task is for), and so is an account that disappears between the lookup
 * and the delete: a retry after a lost answer ends well.
 */
@Component("accountVerwijderen")
class AccountVerwijderen implements JavaDelegate {

  private final ScimClient scim;

  AccountVerwijderen(ScimClient scim) {
    this.scim = scim;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String userName = TaskInputs.required(execution, "gebruikersnaam");
    scim.findUserByUserName(userName).ifPresent(user -> {
      try {
        scim.deleteUser(user.id());
      } catch (BackendRejectedException e) {
        if (!e.isNotFound()) {
          throw e;
        }
      }
    });
  }
}
