package nl.werkstroom.organisation;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.springframework.stereotype.Component;

/** Creates user accounts with their groups and municipalities; leaves existing accounts as they are. */
@Component
class UserAccounts {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  UserAccounts(IdentityService identityService, ProcessEngineConfiguration engineConfiguration) {
    this.identityService = identityService;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
  }

  boolean exists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }

  /**
   * @param skipPasswordPolicy only for the demo organisation, whose conventional passwords
   *     (demo/demo) are meant to be easy and never exist in production
   */
  void create(Account account, boolean skipPasswordPolicy) {
    User user = identityService.newUser(account.id());
    user.setFirstName(account.firstName());
    user.setLastName(account.lastName());
    user.setEmail(account.email());
    user.setPassword(account.password());
    engineConfiguration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, skipPasswordPolicy));
    for (String group : account.groups()) {
      identityService.createMembership(account.id(), group);
    }
    for (String tenant : account.tenants()) {
      identityService.createTenantUserMembership(tenant, account.id());
    }
  }

  record Account(String id, String firstName, String lastName, String email, String password,
      Collection<String> groups, Collection<String> tenants) {
  }
}
