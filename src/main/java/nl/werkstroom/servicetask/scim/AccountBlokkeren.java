package nl.werkstroom.servicetask.scim;

import nl.werkstroom.integration.scim.ScimClient;
import nl.werkstroom.integration.scim.ScimUser;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Account blokkeren": makes the account of a leaving employee inactive ({@code active} false), so
 * it can no longer log in but keeps its history. An account that is already blocked stays as it is;
 * no account with the user name is the business error {@code ACCOUNT_ONBEKEND}.
 */
@Component("accountBlokkeren")
class AccountBlokkeren implements JavaDelegate {

  private final ScimClient scim;

  AccountBlokkeren(ScimClient scim) {
    this.scim = scim;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String userName = TaskInputs.required(execution, "gebruikersnaam");
    ScimUser user = scim.findUserByUserName(userName).orElseThrow(AccountErrors::accountUnknown);
    if (user.isActive()) {
      scim.deactivateUser(user.id());
    }
  }
}
