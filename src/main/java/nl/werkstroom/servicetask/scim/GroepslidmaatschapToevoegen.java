package nl.werkstroom.servicetask.scim;

import nl.werkstroom.integration.scim.ScimClient;
import nl.werkstroom.integration.scim.ScimGroup;
import nl.werkstroom.integration.scim.ScimUser;
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
    String userName = AccountInputs.required(execution, "gebruikersnaam");
    String groupName = AccountInputs.required(execution, "groep");
    ScimUser user = scim.findUserByUserName(userName).orElseThrow(AccountInputs::accountUnknown);
    ScimGroup group = scim.findGroupByDisplayName(groupName).orElseThrow(() -> AccountInputs.groupUnknown(groupName));
    if (!user.isMemberOf(group.id())) {
      scim.addMember(group.id(), user.id());
    }
  }
}
