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
import nl.werkstroom.servicetask.TaskInputs;
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
    String bronId = Optional.ofNullable(TaskInputs.optional(execution, "bronId")).orElse(TaskInputs.reference(execution));
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
    String status = Optional.ofNullable(TaskInputs.optional(execution, "status")).orElse(Algoritme.IN_GEBRUIK);
    String wettelijkeBasis = TaskInputs.optional(execution, "wettelijkeBasis");
    String wettelijkeBasisLink = TaskInputs.optional(execution, "wettelijkeBasisLink");
    List<Algoritme.Verwijzing> wettelijkeBasisVerwijzing = wettelijkeBasisLink == null ? null
        : List.of(new Algoritme.Verwijzing(wettelijkeBasis != null && wettelijkeBasis.length() <= 100
            ? wettelijkeBasis : "Wettelijke basis", wettelijkeBasisLink));
    return new Algoritme(
        TaskInputs.required(execution, "naam"),
        TaskInputs.required(execution, "korteOmschrijving"),
        tenant.organisatieNaam(),
        thema(TaskInputs.optional(execution, "thema")),
        status,
        TaskInputs.optional(execution, "begindatum"),
        null,
        Optional.ofNullable(TaskInputs.optional(execution, "contact")).orElse(tenant.contact()),
        TaskInputs.optional(execution, "website"),
        categorie(execution),
        null,
        TaskInputs.optional(execution, "doel"),
        TaskInputs.optional(execution, "afwegingen"),
        TaskInputs.optional(execution, "menselijkeTussenkomst"),
        TaskInputs.optional(execution, "risicobeheer"),
        wettelijkeBasis,
        wettelijkeBasisVerwijzing,
        TaskInputs.optional(execution, "verwerkingsregister"),
        null,
        TaskInputs.optional(execution, "impacttoetsen"),
        TaskInputs.optional(execution, "gegevens"),
        null,
        TaskInputs.optional(execution, "technischeWerking"),
        TaskInputs.optional(execution, "leverancier"),
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
    String waarde = TaskInputs.required(execution, "publicatiecategorie");
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
