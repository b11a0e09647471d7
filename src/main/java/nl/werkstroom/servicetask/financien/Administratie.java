package nl.werkstroom.servicetask.financien;

import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.financien.FinancienProperties;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The finance administratie of the municipality that a process instance belongs to. */
@Component
class Administratie {

  private final FinancienProperties properties;

  Administratie(FinancienProperties properties) {
    this.properties = properties;
  }

  String van(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    FinancienProperties.Tenant tenant = tenantId == null ? null : properties.tenants().get(tenantId);
    if (tenant == null) {
      throw new ModelConfigurationException(TaskInputs.task(execution) + ": voor gemeente '" + tenantId
          + "' is geen financiële administratie ingesteld (werkstroom.integration.financien.tenants."
          + tenantId + ".administratie).");
    }
    return tenant.administratie();
  }
}
