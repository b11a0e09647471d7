package nl.werkstroom.security;

import java.util.Set;
import nl.werkstroom.organisation.Role;
import org.camunda.bpm.engine.authorization.Groups;

/** Who may see the managers' dashboard, and which of its files anyone may fetch. */
final class DashboardAccess {

  /** Management reads the figures; functional and technical administrators look after them. */
  static final Set<String> ROLES = Set.of(Role.MANAGEMENT.groupId(), Role.BEHEERDER.groupId(), Groups.CAMUNDA_ADMIN);

  /** The login page, the session answer and the page's scripts and styles: they hold no figures. */
  static final String[] OPEN = {
      DashboardRefusals.LOGIN_PAGE, "/dashboard/aanmelden.html", DashboardSession.PATH,
      "/dashboard/*.js", "/dashboard/*.css", "/dashboard/*.svg"};

  static final String[] MATCHED = {"/dashboard", "/dashboard/**", DashboardRefusals.API + "**"};

  private DashboardAccess() {
  }

  static String[] roles() {
    return ROLES.toArray(String[]::new);
  }
}
