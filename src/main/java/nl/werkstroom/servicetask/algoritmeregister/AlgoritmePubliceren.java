package nl.werkstroom.servicetask.algoritmeregister;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.algoritmeregister.Algoritme;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeSamenvatting;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeregisterClient;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeregisterProperties;
import nl.werkstroom.servicetask.financien.TaakInvoer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Publiceren in Algoritmeregister": describes an algorithm in publicatiestandaard 1.0 from the
 * task's inputs and brings it to the register: creates it, or updates the one an earlier run made
 * (found by our own reference, {@code source_id} = input {@code bronId} or else the zaak
 * identificatie), then releases and publishes it. Returns {@code algoritmeId} (the LARS code) and
 * {@code algoritmeStatus}: gepubliceerd, or vrijgegeven when BZK publishes for the municipality.
 */
@Component("algoritmePubliceren")
public class AlgoritmePubliceren implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(AlgoritmePubliceren.class);
  private static final Map<String, String> CATEGORIEEN = Map.of(
      "A", Algoritme.HOOG_RISICO_AI_SYSTEEM,
      "B", Algoritme.IMPACTVOLLE_ALGORITMES,
      "C", Algoritme.OVERIGE_ALGORITMES);

  private final AlgoritmeregisterClient register;
  private final Organisatie organisatie;

  AlgoritmePubliceren(AlgoritmeregisterClient register, Organisatie organisatie) {
    this.register = register;
    this.organisatie = organisatie;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AlgoritmeregisterProperties.Tenant tenant = organisatie.van(execution);
    String bronId = Optional.ofNullable(TaakInvoer.optioneel(execution, "bronId")).orElse(TaakInvoer.referentie(execution));
    Algoritme beschrijving = beschrijving(execution, tenant, bronId);

    String org = tenant.organisatieId();
    Optional<AlgoritmeSamenvatting> eerder = register.zoekOpBronId(org, bronId);
    String lars;
    if (eerder.isPresent()) {
      lars = eerder.get().lars();
      register.werkBij(org, lars, beschrijving);
    } else {
      lars = register.maakAan(org, beschrijving);
    }
    boolean gepubliceerd = register.geefVrijEnPubliceer(org, lars);
    execution.setVariableLocal("algoritmeId", lars);
    execution.setVariableLocal("algoritmeStatus", gepubliceerd ? "gepubliceerd" : "vrijgegeven");
    log.info("Algorithm {} of {} {} in the Algoritmeregister", lars, org, gepubliceerd ? "published" : "released");
  }

  private static Algoritme beschrijving(DelegateExecution execution, AlgoritmeregisterProperties.Tenant tenant,
      String bronId) {
    String status = Optional.ofNullable(TaakInvoer.optioneel(execution, "status")).orElse(Algoritme.IN_GEBRUIK);
    String wettelijkeBasis = TaakInvoer.optioneel(execution, "wettelijkeBasis");
    String wettelijkeBasisLink = TaakInvoer.optioneel(execution, "wettelijkeBasisLink");
    List<Algoritme.Verwijzing> wettelijkeBasisVerwijzing = wettelijkeBasisLink == null ? null
        : List.of(new Algoritme.Verwijzing(wettelijkeBasis != null && wettelijkeBasis.length() <= 100
            ? wettelijkeBasis : "Wettelijke basis", wettelijkeBasisLink));
    return new Algoritme(
        TaakInvoer.verplicht(execution, "naam"),
        TaakInvoer.verplicht(execution, "korteOmschrijving"),
        tenant.organisatieNaam(),
        thema(TaakInvoer.optioneel(execution, "thema")),
        status,
        TaakInvoer.optioneel(execution, "begindatum"),
        null,
        Optional.ofNullable(TaakInvoer.optioneel(execution, "contact")).orElse(tenant.contact()),
        TaakInvoer.optioneel(execution, "website"),
        categorie(execution),
        null,
        TaakInvoer.optioneel(execution, "doel"),
        TaakInvoer.optioneel(execution, "afwegingen"),
        TaakInvoer.optioneel(execution, "menselijkeTussenkomst"),
        TaakInvoer.optioneel(execution, "risicobeheer"),
        wettelijkeBasis,
        wettelijkeBasisVerwijzing,
        TaakInvoer.optioneel(execution, "verwerkingsregister"),
        null,
        TaakInvoer.optioneel(execution, "impacttoetsen"),
        TaakInvoer.optioneel(execution, "gegevens"),
        null,
        TaakInvoer.optioneel(execution, "technischeWerking"),
        TaakInvoer.optioneel(execution, "leverancier"),
        null,
        Algoritme.NEDERLANDS,
        Algoritme.STANDAARD_VERSIE,
        bronId,
        null,
        null,
        null);
  }

  /** A, B or C (as DOMAIN.md and the process speak of them), or the standard's own wording. */
  private static String categorie(DelegateExecution execution) {
    String waarde = TaakInvoer.verplicht(execution, "publicatiecategorie");
    String categorie = CATEGORIEEN.getOrDefault(waarde.toUpperCase(Locale.ROOT), waarde);
    if (!CATEGORIEEN.containsValue(categorie)) {
      throw new ModelConfigurationException("Taak '" + execution.getCurrentActivityId() + "': publicatiecategorie '"
          + waarde + "' bestaat niet; kies A (hoog-risico AI-systeem), B (impactvol algoritme) of C (overig).");
    }
    return categorie;
  }

  private static List<String> thema(String thema) {
    return thema == null ? null : Arrays.stream(thema.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
