package nl.werkstroom.organisation;

import nl.werkstroom.engine.StartupOrder;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start and in every profile, that the configured municipalities exist as
 * tenants, every {@link Role} exists as a group with its permissions, and Tasklist has its filters.
 * Camunda's own {@code camunda-admin} group exists too: its members are the installation's system
 * administrators, who may do anything in every municipality. Nothing is removed: what an
 * administrator added in Admin stays.
 */
@Component
@Order(StartupOrder.ORGANISATION)
class OrganisationSetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OrganisationSetup.class);

  private final IdentityService identityService;
  private final TenantProperties tenants;
  private final RolePermissions rolePermissions;
  private final TaskFilters taskFilters;

  OrganisationSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, TenantProperties tenants) {
    this.identityService = identityService;
    this.tenants = tenants;
    AuthorizationGrants grants = new AuthorizationGrants(authorizationService);
    this.rolePermissions = new RolePermissions(grants);
    this.taskFilters = new TaskFilters(filterService, taskService, grants);
  }

  @Override
  public void run(ApplicationArguments args) {
    tenants.tenants().forEach(this::ensureTenant);
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), role.displayName(), Groups.GROUP_TYPE_WORKFLOW);
    }
    ensureGroup(Groups.CAMUNDA_ADMIN, "Systeembeheerders (alle rechten, alle gemeenten)", Groups.GROUP_TYPE_SYSTEM);
    rolePermissions.apply();
    taskFilters.apply();
    log.info("Organisation ready: tenants {}, {} roles", tenants.ids(), Role.values().length);
  }

  private void ensureTenant(TenantProperties.Tenant configured) {
    Tenant tenant = identityService.createTenantQuery().tenantId(configured.id()).singleResult();
    if (tenant == null) {
      tenant = identityService.newTenant(configured.id());
    }
    if (!configured.name().equals(tenant.getName())) {
      tenant.setName(configured.name());
      identityService.saveTenant(tenant);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }
}
