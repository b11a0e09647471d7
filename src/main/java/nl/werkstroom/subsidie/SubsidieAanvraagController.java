package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkstroom.api.Aanroeper;
import nl.werkstroom.api.Aanroepers;
import nl.werkstroom.api.ApiFout;
import nl.werkstroom.api.Velden;
import nl.werkstroom.organisation.Role;
import nl.werkstroom.servicetask.TaskInputs;
import nl.werkstroom.subsidie.SubsidieBerichten.AanvraagStatus;
import nl.werkstroom.subsidie.SubsidieBerichten.Aanvulling;
import nl.werkstroom.subsidie.SubsidieBerichten.Bevestiging;
import nl.werkstroom.subsidie.SubsidieBerichten.Ingediend;
import nl.werkstroom.subsidie.SubsidieBerichten.RangschikkingUitkomst;
import nl.werkstroom.subsidie.SubsidieBerichten.RangschikkingVerzoek;
import nl.werkstroom.subsidie.SubsidieBerichten.RegelingOverzicht;
import nl.werkstroom.subsidie.SubsidieBerichten.Verantwoording;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subsidy API ({@code /openapi/subsidie.yaml}) for the municipality's website and its own
 * employees: the open schemes, a new request, where a request stands, the supplement and the
 * account the applicant sends later, and the mandate holder's ranking. Who may do what: starting
 * follows the model's candidate starters; reading and sending follow the roles below, always
 * within the caller's own municipalities.
 */
@RestController
@RequestMapping(path = "/api/subsidie", produces = MediaType.APPLICATION_JSON_VALUE)
class SubsidieAanvraagController {

  private static final List<String> LEZERS = List.of(Role.SUBSIDIE_BEHANDELAAR.groupId(),
      Role.SUBSIDIE_MANDAATHOUDER.groupId(), Role.KCC.groupId(), Role.DIGITAAL_LOKET.groupId());
  private static final List<String> INZENDERS = List.of(Role.SUBSIDIE_BEHANDELAAR.groupId(),
      Role.KCC.groupId(), Role.DIGITAAL_LOKET.groupId());
  private static final List<String> RANGSCHIKKERS = List.of(Role.SUBSIDIE_MANDAATHOUDER.groupId());

  private final Aanroepers aanroepers;
  private final Regelingen regelingen;
  private final AanvraagIndienen indienen;
  private final SubsidieZaken zaken;
  private final Rangschikking rangschikking;

  SubsidieAanvraagController(Aanroepers aanroepers, Regelingen regelingen, AanvraagIndienen indienen,
      SubsidieZaken zaken, Rangschikking rangschikking) {
    this.aanroepers = aanroepers;
    this.regelingen = regelingen;
    this.indienen = indienen;
    this.zaken = zaken;
    this.rangschikking = rangschikking;
  }

  @GetMapping("/regelingen")
  List<RegelingOverzicht> regelingen(@RequestParam(required = false) String gemeente) {
    Aanroeper aanroeper = aanroepers.huidige();
    List<String> gemeenten = gemeente == null || gemeente.isBlank()
        ? aanroeper.tenants() : List.of(aanroeper.gemeente(gemeente));
    LocalDate vandaag = TaskInputs.today();
    return gemeenten.stream()
        .flatMap(tenant -> regelingen.van(tenant).stream()
            .filter(regeling -> regeling.staatOpen(vandaag))
            .map(regeling -> overzicht(tenant, regeling)))
        .toList();
  }

  @PostMapping(path = "/aanvragen", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Ingediend> dienIn(@RequestBody Map<String, Object> aanvraag) {
    Ingediend ingediend = indienen.dienIn(aanroepers.huidige(), aanvraag);
    if (ingediend.zaakidentificatie() != null) {
      return ResponseEntity.created(URI.create("/api/subsidie/aanvragen/" + ingediend.zaakidentificatie()))
          .body(ingediend);
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/subsidie/aanvragen/" + ingediend.processInstanceId()))
        .body(ingediend);
  }

  /** By zaakidentificatie, or by process instance id while the zaak is still being registered. */
  @GetMapping("/aanvragen/{zaakidentificatie}")
  AanvraagStatus status(@PathVariable String zaakidentificatie, @RequestParam(required = false) String gemeente) {
    Aanroeper aanroeper = aanroepers.huidige();
    aanroeper.vereistEenVan(LEZERS, "U mag subsidieaanvragen niet inzien.");
    return zaken.status(zaken.vind(aanroeper, zaakidentificatie, gemeente));
  }

  @PostMapping(path = "/aanvragen/{zaakidentificatie}/aanvulling", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Bevestiging> aanvulling(@PathVariable String zaakidentificatie,
      @RequestParam(required = false) String gemeente, @RequestBody Aanvulling aanvulling) {
    Aanroeper aanroeper = aanroepers.huidige();
    aanroeper.vereistEenVan(INZENDERS, "U mag geen aanvullingen op subsidieaanvragen insturen.");
    String tekst = Velden.tekst("aanvulling", "De aanvulling", aanvulling.aanvulling(), 10_000);
    HistoricProcessInstance zaak = zaken.vind(aanroeper, zaakidentificatie, gemeente);
    zaken.correleer(zaak, SubsidieZaken.AANVULLING, Map.of("aanvulling", tekst),
        "Deze aanvraag wacht niet op een aanvulling.");
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Bevestiging(zaak.getBusinessKey(),
        "De aanvulling is ontvangen. De behandelaar beoordeelt de aanvraag opnieuw."));
  }

  @PostMapping(path = "/aanvragen/{zaakidentificatie}/verantwoording", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Bevestiging> verantwoording(@PathVariable String zaakidentificatie,
      @RequestParam(required = false) String gemeente, @RequestBody Verantwoording verantwoording) {
    Aanroeper aanroeper = aanroepers.huidige();
    aanroeper.vereistEenVan(INZENDERS, "U mag geen verantwoordingen van subsidies insturen.");
    BigDecimal kosten = Velden.bedrag("werkelijkeKosten", "De werkelijke kosten", verantwoording.werkelijkeKosten());
    String toelichting = Velden.tekst("toelichting", "De toelichting", verantwoording.toelichting(), 5_000);
    String documenten = Velden.optioneleTekst("documenten", "De lijst van documenten", verantwoording.documenten(), 2_000);
    HistoricProcessInstance zaak = zaken.vind(aanroeper, zaakidentificatie, gemeente);
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("verantwoordingOntvangen", true);
    variabelen.put("werkelijkeKosten", kosten.doubleValue());
    variabelen.put("verantwoordingToelichting", toelichting);
    variabelen.put("verantwoordingDocumenten", documenten);
    zaken.correleer(zaak, SubsidieZaken.VERANTWOORDING, variabelen,
        "Deze subsidie wacht niet (meer) op een verantwoording.");
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Bevestiging(zaak.getBusinessKey(),
        "De verantwoording is ontvangen. De gemeente stelt de subsidie vast."));
  }

  @PostMapping(path = "/regelingen/{code}/rangschikking", consumes = MediaType.APPLICATION_JSON_VALUE)
  RangschikkingUitkomst rangschik(@PathVariable String code, @RequestBody RangschikkingVerzoek verzoek) {
    Aanroeper aanroeper = aanroepers.huidige();
    aanroeper.vereistEenVan(RANGSCHIKKERS, "Alleen een mandaathouder subsidies stelt de rangschikking vast.");
    String gemeente = aanroeper.gemeente(verzoek.gemeente());
    Regeling regeling = regelingen.vind(gemeente, code)
        .orElseThrow(() -> ApiFout.nietGevonden("Deze gemeente heeft geen regeling met deze code."));
    if (regeling.verdeling() != Verdeling.RANGSCHIKKING) {
      throw ApiFout.conflict("Regeling " + regeling.code() + " verdeelt het plafond op volgorde van binnenkomst, "
          + "niet door rangschikking.");
    }
    if (verzoek.volgorde() == null) {
      throw ApiFout.ongeldigVeld("volgorde", "De volgorde ontbreekt: een lijst van zaakidentificaties, de beste eerst.");
    }
    List<Rangschikking.Kandidaat> wachtend = zaken.wachtendOpRangschikking(gemeente, regeling.code());
    if (wachtend.isEmpty()) {
      throw ApiFout.conflict("Er wachten geen aanvragen van deze regeling op rangschikking.");
    }
    Rangschikking.Uitkomst uitkomst = rangschikking.bepaal(gemeente, regeling, verzoek.volgorde(), wachtend);
    zaken.legRangschikkingVast(uitkomst.plaatsen());
    return new RangschikkingUitkomst(regeling.code(), uitkomst.beschikbaar(), uitkomst.plaatsen());
  }

  private static RegelingOverzicht overzicht(String gemeente, Regeling regeling) {
    return new RegelingOverzicht(gemeente, regeling.code(), regeling.naam(), regeling.grondslag(),
        regeling.aanvraagperiodeVan().toString(), regeling.aanvraagperiodeTot().toString(),
        regeling.maximumBedrag(), regeling.verdeling().code());
  }
}
