package nl.werkstroom.organisation;

import java.util.List;
import nl.werkstroom.engine.StartupOrder;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the installation's system administrator when {@code werkstroom.admin.password} is set and
 * the account does not exist yet: a member of Camunda's {@code camunda-admin} group (all rights, in
 * every municipality), {@code beheerder} and {@code procesbeheerder}. With this account in place the
 * webapps no longer offer anyone to create a first administrator. The password must pass the
 * password policy; a password changed later in Admin is kept.
 */
@Component
@Order(StartupOrder.ADMIN_ACCOUNT)
class AdminAccount implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

  private final AdminProperties admin;
  private final TenantProperties tenants;
  private final UserAccounts accounts;

  AdminAccount(AdminProperties admin, TenantProperties tenants, UserAccounts accounts) {
    this.admin = admin;
    this.tenants = tenants;
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (admin.password() == null || admin.password().isBlank() || accounts.exists(admin.username())) {
      return;
    }
    try {
      accounts.create(new UserAccounts.Account(admin.username(), admin.firstName(), admin.lastName(), admin.email(),
          admin.password(), List.of(Groups.CAMUNDA_ADMIN, Role.BEHEERDER.groupId(), Role.PROCESBEHEERDER.groupId()), tenants.ids()), false);
    } catch (ProcessEngineException e) {
      throw new IllegalStateException("werkstroom.admin.password does not meet the password policy: at least 10 "
          + "characters with an upper-case and a lower-case letter, a digit and a special character, and "
          + "without the user name", e);
    }
    log.info("Administrator account '{}' created", admin.username());
  }
}
