package nl.werkstroom.security;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.werkstroom.dashboard.DashboardToegang;
import org.camunda.bpm.engine.authorization.Groups;

/** Who may see the managers' dashboard, and which of its files anyone may fetch. */
final class DashboardAccess {

  static final Set<String> ROLES = Stream.concat(DashboardToegang.ROLLEN.stream(), Stream.of(Groups.CAMUNDA_ADMIN))
      .collect(Collectors.toUnmodifiableSet());

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
