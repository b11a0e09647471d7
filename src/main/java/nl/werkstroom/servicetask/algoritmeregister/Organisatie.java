package nl.werkstroom.servicetask.algoritmeregister;

import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeregisterProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The municipality of a process instance as the Algoritmeregister knows it. */
@Component
class Organisatie {

  private final AlgoritmeregisterProperties properties;

  Organisatie(AlgoritmeregisterProperties properties) {
    this.properties = properties;
  }

  AlgoritmeregisterProperties.Tenant van(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    AlgoritmeregisterProperties.Tenant tenant = tenantId == null ? null : properties.tenants().get(tenantId);
    if (tenant == null) {
      throw new ModelConfigurationException("Taak '" + execution.getCurrentActivityId() + "': voor gemeente '"
          + tenantId + "' is geen organisatie in het Algoritmeregister ingesteld "
          + "(werkstroom.integration.algoritmeregister.tenants." + tenantId + ".organisatie-id, -naam en contact).");
    }
    return tenant;
  }
}
