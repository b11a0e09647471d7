package nl.werkstroom.organisation;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Gives every process instance of a shared process definition the tenant (municipality) of whoever
 * starts it. A user who works for one municipality needs to say nothing; a user who works for
 * several names it in the start variable {@value #TENANT_VARIABLE}. A sub-process inherits the
 * tenant of its parent; a system start without a user must name the tenant.
 */
class TenantOfStarter implements TenantIdProvider {

  static final String TENANT_VARIABLE = "gemeente";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (context.getSuperExecution() != null) {
      return context.getSuperExecution().getTenantId();
    }
    Object requested = context.getVariables().get(TENANT_VARIABLE);
    return choose(requested instanceof String tenant && !tenant.isBlank() ? tenant : null);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return choose(null);
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    if (context.getExecution() != null) {
      return context.getExecution().getTenantId();
    }
    // A decision evaluated on its own (Cockpit, REST) belongs to the user's municipality when that is clear.
    Authentication user = currentUser();
    List<String> tenants = user == null || user.getTenantIds() == null ? List.of() : user.getTenantIds();
    return tenants.size() == 1 ? tenants.get(0) : null;
  }

  private String choose(String requested) {
    Authentication user = currentUser();
    if (user == null) {
      if (requested == null) {
        throw new ProcessEngineException("A process started without a user must name its tenant in variable '"
            + TENANT_VARIABLE + "'");
      }
      return requested;
    }
    List<String> tenants = user.getTenantIds() == null ? List.of() : user.getTenantIds();
    if (requested != null) {
      if (!tenants.contains(requested)) {
        throw new BadUserRequestException("U werkt niet voor gemeente '" + requested + "'. U kunt kiezen uit: "
            + String.join(", ", tenants) + ".");
      }
      return requested;
    }
    if (tenants.size() == 1) {
      return tenants.get(0);
    }
    if (tenants.isEmpty()) {
      throw new BadUserRequestException("Gebruiker '" + user.getUserId()
          + "' hoort bij geen gemeente en kan daarom geen zaak starten. Vraag de beheerder u aan een gemeente toe te voegen.");
    }
    throw new BadUserRequestException("U werkt voor meer dan één gemeente (" + String.join(", ", tenants)
        + "). Geef in de variabele '" + TENANT_VARIABLE + "' aan voor welke gemeente deze zaak is.");
  }

  private static Authentication currentUser() {
    return Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
  }
}
