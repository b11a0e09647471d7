package nl.werkstroom.servicetask.publicatie;

import java.util.Set;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.publicatie.NieuwePublicatie;
import nl.werkstroom.integration.publicatie.Publicatie;
import nl.werkstroom.integration.publicatie.PublicatieClient;
import nl.werkstroom.integration.publicatie.PublicatieProperties;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Publiceren in Staatscourant": submits {@code titel} and {@code tekst} of kind {@code soort}
 * (verkeersbesluit, regeling, bekendmaking) for publication in the Staatscourant on behalf of the
 * municipality, and returns {@code publicatieId}. Publication follows later: the model asks with
 * "Publicatiestatus opvragen" until it is gepubliceerd.
 */
@Component("publicerenStaatscourant")
public class PublicerenStaatscourant implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(PublicerenStaatscourant.class);
  private static final Set<String> SOORTEN = Set.of("verkeersbesluit", "regeling", "bekendmaking");

  private final PublicatieClient publicatie;
  private final PublicatieProperties properties;

  PublicerenStaatscourant(PublicatieClient publicatie, PublicatieProperties properties) {
    this.publicatie = publicatie;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String soort = TaskInputs.required(execution, "soort");
    if (!SOORTEN.contains(soort)) {
      throw new ModelConfigurationException("Taak '" + execution.getCurrentActivityId() + "': soort '" + soort
          + "' bestaat niet; kies verkeersbesluit, regeling of bekendmaking.");
    }
    NieuwePublicatie nieuw = new NieuwePublicatie(NieuwePublicatie.STAATSCOURANT, soort, organisatie(execution),
        TaskInputs.required(execution, "titel"), TaskInputs.required(execution, "tekst"),
        TaskInputs.optional(execution, "documentUrl"), TaskInputs.date(execution, "gewensteDatum", null));
    Publicatie ingediend = publicatie.dienIn(nieuw, TaskInputs.idempotencyKey(execution));
    execution.setVariableLocal("publicatieId", ingediend.id());
    log.info("Submitted {} for publication in the Staatscourant: publication {}", soort, ingediend.id());
  }

  private String organisatie(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    PublicatieProperties.Tenant tenant = tenantId == null ? null : properties.tenants().get(tenantId);
    if (tenant == null) {
      throw new ModelConfigurationException("Taak '" + execution.getCurrentActivityId() + "': voor gemeente '"
          + tenantId + "' is geen publicerende organisatie ingesteld (werkstroom.integration.publicatie.tenants."
          + tenantId + ".organisatie).");
    }
    return tenant.organisatie();
  }
}
