package nl.werkstroom.servicetask.zgw;

import java.time.LocalDate;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.besluiten.Besluit;
import nl.werkstroom.integration.zgw.besluiten.BesluitenClient;
import nl.werkstroom.integration.zgw.besluiten.NieuwBesluit;
import nl.werkstroom.servicetask.TaskInputs;
import nl.werkstroom.zaak.ZaakUrl;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Besluit vastleggen": registers a besluit of besluittype {@code besluittype} (its omschrijving, e.g.
 * "Subsidiebeschikking") in the Besluiten API, for the municipality of the process instance and as
 * outcome of its zaak, with {@code toelichting}, {@code datum} and {@code ingangsdatum} (both today
 * when empty) and an optional {@code vervaldatum}; when {@code documentUrl} is given, records that the
 * besluit is laid down in that document. Returns {@code besluitUrl} and {@code besluitIdentificatie}.
 * Idempotent: the identificatie is derived from the task ({@link Identificatie}), so a retry finds the
 * besluit of an earlier attempt, and the Besluiten client links a document only once.
 */
@Component("besluitVastleggen")
public class BesluitVastleggen implements JavaDelegate {

  static final String BESLUIT_URL = "besluitUrl";
  static final String BESLUIT_IDENTIFICATIE = "besluitIdentificatie";
  /** The Besluiten API allows 50 characters. */
  static final int MAX_IDENTIFICATIE = 50;
  private static final Logger log = LoggerFactory.getLogger(BesluitVastleggen.class);

  private final BesluitenClient besluiten;
  private final CatalogusTypen typen;
  private final ZgwProperties zgw;

  BesluitVastleggen(BesluitenClient besluiten, CatalogusTypen typen, ZgwProperties zgw) {
    this.besluiten = besluiten;
    this.typen = typen;
    this.zgw = zgw;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String gemeente = TaskInputs.tenant(execution);
    String type = TaskInputs.required(execution, "besluittype");
    String toelichting = TaskInputs.optional(execution, "toelichting");
    LocalDate vandaag = TaskInputs.today();
    LocalDate datum = TaskInputs.date(execution, "datum", vandaag);
    LocalDate ingangsdatum = TaskInputs.date(execution, "ingangsdatum", vandaag);
    LocalDate vervaldatum = TaskInputs.date(execution, "vervaldatum", null);
    String documentUrl = TaskInputs.optional(execution, "documentUrl");
    String zaakUrl = ZaakUrl.of(execution);
    String rsin = zgw.tenant(gemeente).rsin();
    String identificatie = Identificatie.voor(execution, MAX_IDENTIFICATIE);

    Besluit besluit = besluiten.findByIdentificatie(rsin, identificatie).stream()
        .findFirst()
        .orElseGet(() -> besluiten.create(new NieuwBesluit(rsin, typen.besluittype(gemeente, type), zaakUrl, datum,
            toelichting, null, ingangsdatum, vervaldatum, null, null, null, identificatie)));
    if (documentUrl != null) {
      besluiten.koppelInformatieobject(besluit.url(), documentUrl);
    }
    execution.setVariableLocal(BESLUIT_URL, besluit.url());
    execution.setVariableLocal(BESLUIT_IDENTIFICATIE, besluit.identificatie());
    log.info("Besluit {} registered for process instance {}", besluit.identificatie(), execution.getProcessInstanceId());
  }
}
