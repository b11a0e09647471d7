package nl.werkstroom.servicetask.scim;

import nl.werkstroom.integration.scim.ScimClient;
import nl.werkstroom.integration.scim.ScimGroup;
import nl.werkstroom.integration.scim.ScimUser;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Toevoegen aan groep": makes the account a member of the group, unless it already is. Business
 * errors: {@code ACCOUNT_ONBEKEND} (no account with the user name), {@code GROEP_ONBEKEND} (no group
 * with the name).
 */
@Component("groepslidmaatschapToevoegen")
class GroepslidmaatschapToevoegen implements JavaDelegate {

  private final ScimClient scim;

  GroepslidmaatschapToevoegen(ScimClient scim) {
    this.scim = scim;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String userName = TaskInputs.required(execution, "gebruikersnaam");
    String groupName = TaskInputs.required(execution, "groep");
    ScimUser user = scim.findUserByUserName(userName).orElseThrow(AccountErrors::accountUnknown);
    ScimGroup group = scim.findGroupByDisplayName(groupName).orElseThrow(() -> AccountErrors.groupUnknown(groupName));
    if (!user.isMemberOf(group.id())) {
      scim.addMember(group.id(), user.id());
    }
  }
}
