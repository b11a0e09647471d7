package nl.werkstroom.noodknop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.werkstroom.api.Aanroeper;
import nl.werkstroom.api.Aanroepers;
import nl.werkstroom.api.ApiFout;
import nl.werkstroom.api.ZaakKeuze;
import nl.werkstroom.api.BijGelijktijdigWerk;
import nl.werkstroom.api.Telefoonnummer;
import nl.werkstroom.api.Velden;
import nl.werkstroom.noodknop.NoodknopBerichten.Contactverzoek;
import nl.werkstroom.noodknop.NoodknopBerichten.Doorgegeven;
import nl.werkstroom.organisation.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The noodknop for any case ({@code /openapi/noodknop.yaml}): someone involved asks for personal
 * contact. The case receives message {@value #NOODKNOP}, which a process that offers the noodknop
 * catches in an event subprocess that starts a contactverzoek; the case itself goes on.
 */
@RestController
@RequestMapping(path = "/api/zaken", produces = MediaType.APPLICATION_JSON_VALUE)
class NoodknopController {

  static final String NOODKNOP = "Noodknop";
  private static final Pattern ZAAKIDENTIFICATIE = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final List<String> VOORKEUR = List.of("ochtend", "middag", "geen-voorkeur");
  private static final List<String> ROLLEN = List.of(Role.MEDEWERKER.groupId(), Role.KCC.groupId(),
      Role.DIGITAAL_LOKET.groupId(), Role.SUBSIDIE_BEHANDELAAR.groupId(), Role.SUBSIDIE_MANDAATHOUDER.groupId());

  private final Aanroepers aanroepers;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  NoodknopController(Aanroepers aanroepers, RuntimeService runtimeService, HistoryService historyService) {
    this.aanroepers = aanroepers;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  @PostMapping(path = "/{zaakidentificatie}/contactverzoek", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Doorgegeven> vraagContact(@PathVariable String zaakidentificatie,
      @RequestParam(required = false) String gemeente, @RequestBody Contactverzoek verzoek) {
    Aanroeper aanroeper = aanroepers.huidige();
    aanroeper.vereistEenVan(ROLLEN, "U mag geen persoonlijk contact aanvragen voor zaken.");
    Map<String, Object> variabelen = variabelen(verzoek);

    ProcessInstance zaak = lopendeZaak(aanroeper, zaakidentificatie, gemeente);
    // Asked first: the engine logs every failed correlation as an error with its stack trace.
    if (runtimeService.createEventSubscriptionQuery().processInstanceId(zaak.getId()).eventType("message")
        .eventName(NOODKNOP).count() == 0) {
      throw geenNoodknop();
    }
    try {
      BijGelijktijdigWerk.herhaal(() -> runtimeService.createMessageCorrelation(NOODKNOP)
          .processInstanceId(zaak.getId()).setVariables(variabelen).correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw geenNoodknop();
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Doorgegeven(zaak.getBusinessKey(),
        "Uw verzoek om persoonlijk contact is doorgegeven. Het Klantcontactcentrum belt u binnen twee werkdagen."));
  }

  private static Map<String, Object> variabelen(Contactverzoek verzoek) {
    String onderwerp = Velden.tekst("onderwerp", "Het onderwerp", verzoek.onderwerp(), 2_000);
    String telefoonnummer = Velden.tekst("telefoonnummer", "Het telefoonnummer", verzoek.telefoonnummer(), 30);
    if (!Telefoonnummer.isGeldig(telefoonnummer)) {
      throw ApiFout.ongeldigVeld("telefoonnummer",
          "Het telefoonnummer is geen Nederlands nummer; bijvoorbeeld 06-12345678 of 071 516 5165.");
    }
    String voorkeur = Velden.optioneleTekst("voorkeurMoment", "Het voorkeursmoment", verzoek.voorkeurMoment(), 20);
    if (voorkeur != null && !VOORKEUR.contains(voorkeur)) {
      throw ApiFout.ongeldigVeld("voorkeurMoment", "Het voorkeursmoment is ochtend, middag of geen-voorkeur.");
    }
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("contactOnderwerp", onderwerp);
    variabelen.put("contactTelefoonnummer", telefoonnummer);
    variabelen.put("contactVoorkeurMoment", voorkeur);
    return variabelen;
  }

  /**
   * The running case of the caller's municipality (or of {@code gemeente}, for a caller who works for
   * several: zaak numbers are unique within a municipality only): 404 when unknown, 409 when ended.
   */
  private ProcessInstance lopendeZaak(Aanroeper aanroeper, String zaakidentificatie, String gemeente) {
    if (!ZAAKIDENTIFICATIE.matcher(zaakidentificatie).matches()) {
      throw nietGevonden();
    }
    List<HistoricProcessInstance> zaken = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(zaakidentificatie).list();
    HistoricProcessInstance zaak = ZaakKeuze.kies(zaken, HistoricProcessInstance::getTenantId, aanroeper, gemeente)
        .orElseThrow(NoodknopController::nietGevonden);
    ProcessInstance lopend = runtimeService.createProcessInstanceQuery().processInstanceId(zaak.getId()).singleResult();
    if (lopend == null) {
      throw ApiFout.conflict("Deze zaak is afgerond. Start zo nodig een los contactverzoek.");
    }
    return lopend;
  }

  private static ApiFout geenNoodknop() {
    return ApiFout.conflict("Bij deze zaak kan geen persoonlijk contact worden aangevraagd. "
        + "Start zo nodig een los contactverzoek.");
  }

  private static ApiFout nietGevonden() {
    return ApiFout.nietGevonden("Er is geen zaak met dit zaaknummer.");
  }
}
