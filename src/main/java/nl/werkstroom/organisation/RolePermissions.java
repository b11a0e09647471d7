package nl.werkstroom.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each shared role may do in the engine and the webapps. Work on tasks is not granted here:
 * the engine grants a candidate group its tasks, and who may start a process is read from the
 * model's candidate starter groups ({@link ProcessStarterAuthorizations}). Tenants limit all of it
 * to the user's own municipalities.
 */
class RolePermissions {

  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";
  private static final String ADMIN = "admin";

  private final AuthorizationGrants grants;

  RolePermissions(AuthorizationGrants grants) {
    this.grants = grants;
  }

  void apply() {
    grants.toEveryone(Resources.APPLICATION, TASKLIST, ACCESS);

    String procesbeheerder = Role.PROCESBEHEERDER.groupId();
    grants.toGroup(procesbeheerder, Resources.APPLICATION, COCKPIT, ACCESS);
    grants.toGroup(procesbeheerder, Resources.DEPLOYMENT, ANY, ALL);
    grants.toGroup(procesbeheerder, Resources.PROCESS_DEFINITION, ANY, ALL);
    grants.toGroup(procesbeheerder, Resources.PROCESS_INSTANCE, ANY, ALL);
    grants.toGroup(procesbeheerder, Resources.DECISION_DEFINITION, ANY, ALL);
    grants.toGroup(procesbeheerder, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, ALL);
    grants.toGroup(procesbeheerder, Resources.TASK, ANY, ALL);
    grants.toGroup(procesbeheerder, Resources.BATCH, ANY, ALL);

    String management = Role.MANAGEMENT.groupId();
    grants.toGroup(management, Resources.APPLICATION, COCKPIT, ACCESS);
    grants.toGroup(management, Resources.PROCESS_DEFINITION, ANY, READ, READ_HISTORY, READ_INSTANCE);
    grants.toGroup(management, Resources.PROCESS_INSTANCE, ANY, READ);
    grants.toGroup(management, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);
    grants.toGroup(management, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
    grants.toGroup(management, Resources.TASK, ANY, READ);

    String beheerder = Role.BEHEERDER.groupId();
    grants.toGroup(beheerder, Resources.APPLICATION, ADMIN, ACCESS);
    grants.toGroup(beheerder, Resources.USER, ANY, ALL);
    grants.toGroup(beheerder, Resources.GROUP, ANY, ALL);
    grants.toGroup(beheerder, Resources.GROUP_MEMBERSHIP, ANY, ALL);
    grants.toGroup(beheerder, Resources.TENANT, ANY, ALL);
    grants.toGroup(beheerder, Resources.TENANT_MEMBERSHIP, ANY, ALL);
    grants.toGroup(beheerder, Resources.AUTHORIZATION, ANY, ALL);
    grants.toGroup(beheerder, Resources.FILTER, ANY, ALL);
    grants.toGroup(beheerder, Resources.SYSTEM, ANY, ALL);
  }
}
