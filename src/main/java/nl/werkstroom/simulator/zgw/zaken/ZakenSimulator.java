package nl.werkstroom.simulator.zgw.zaken;

import static nl.werkstroom.simulator.zgw.ZgwUrls.CATALOGI_API;
import static nl.werkstroom.simulator.zgw.ZgwUrls.ZAKEN_API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkstroom.simulator.store.SimulatorStore;
import nl.werkstroom.simulator.zgw.ZgwInvalidParams;
import nl.werkstroom.simulator.zgw.ZgwProblemException;
import nl.werkstroom.simulator.zgw.ZgwUrls;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiData;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.ResultaatTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.StatusTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.ZaakTypeDocument;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.KenmerkDocument;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.ResultaatDocument;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.StatusDocument;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.Teller;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.ZaakDocument;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.ZaakInformatieObjectDocument;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules of the Zaken API 1.5 that the simulator keeps (the standard's "specificatie van gedrag"):
 * required fields and RSIN eleven test (400 {@code invalidParams}); a zaaktype that exists in the
 * Catalogi simulator and is published ({@code bad-url}, {@code not-published}, zrc-001); an
 * identificatie unique per bronorganisatie, generated as {@code ZAAK-<year>-<10 digits>} when none is
 * given (zrc-002); a statustype and resultaattype of the zaak's own zaaktype ({@code
 * zaaktype-mismatch}, zrc-016/020); the final status only after a resultaat ({@code
 * resultaat-does-not-exist}), which closes the zaak: einddatum, archiefnominatie and
 * archiefactiedatum from the resultaattype (zrc-007, zrc-021). A closed zaak cannot be changed or
 * reopened (403): the simulated clients lack the scopes {@code zaken.geforceerd-bijwerken} and
 * {@code zaken.heropenen}. Changes run one at a time, each in one transaction.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class ZakenSimulator {

  static final String SYSTEM = "zgw-zaken";
  static final String ZAKEN = "zaken";
  static final String STATUSSEN = "statussen";
  static final String RESULTATEN = "resultaten";
  static final String ZAAKINFORMATIEOBJECTEN = "zaakinformatieobjecten";
  private static final String TELLERS = "identificaties";

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Set<String> VERTROUWELIJKHEID = Set.of("openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk",
      "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim");
  private static final Set<String> ARCHIEFNOMINATIE = Set.of("blijvend_bewaren", "vernietigen");
  private static final Set<String> ARCHIEFSTATUS = Set.of("nog_te_archiveren", "gearchiveerd",
      "gearchiveerd_procestermijn_onbekend", "overgedragen");
  static final Set<String> BETALINGSINDICATIE = Set.of("", "nvt", "nog_niet", "gedeeltelijk", "geheel");

  /** Writable fields of a zaak that the simulator keeps as sent, without rules of its own. */
  static final List<String> OVERIGE = List.of("communicatiekanaal", "communicatiekanaalNaam", "productenOfDiensten",
      "betalingsindicatie", "laatsteBetaaldatum", "zaakgeometrie", "verlenging", "opschorting", "selectielijstklasse",
      "hoofdzaak", "relevanteAndereZaken", "opdrachtgevendeOrganisatie", "processobjectaard",
      "startdatumBewaartermijn", "processobject");

  private final SimulatorStore store;
  private final CatalogiData catalogi;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Object lock = new Object();

  ZakenSimulator(SimulatorStore store, CatalogiData catalogi, ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.catalogi = catalogi;
    this.json = json;
    this.transaction = new TransactionTemplate(transactions);
  }

  // Zaken

  Optional<ZaakDocument> zaak(String uuid) {
    return store.get(SYSTEM, ZAKEN, uuid, ZaakDocument.class);
  }

  List<ZaakDocument> zaken() {
    return store.list(SYSTEM, ZAKEN, ZaakDocument.class);
  }

  List<ZaakDocument> zaken(String bronorganisatie, String identificatie) {
    return store.findByLookupKey(SYSTEM, ZAKEN, key(bronorganisatie, identificatie), ZaakDocument.class);
  }

  ZaakDocument createZaak(JsonNode body) {
    ObjectNode input = object(body).deepCopy();
    return changing(() -> {
      ZaakDocument zaak = validated(input, null);
      store.put(SYSTEM, ZAKEN, zaak.uuid(), key(zaak.bronorganisatie(), zaak.identificatie()), zaak);
      return zaak;
    });
  }

  /** PUT (all writable fields) or PATCH (only those sent). */
  ZaakDocument updateZaak(String uuid, JsonNode body, boolean partial) {
    ObjectNode changes = object(body);
    return changing(() -> {
      ZaakDocument existing = zaak(uuid).orElseThrow(ZgwProblemException::notFound);
      ObjectNode input = partial ? writable(existing) : json.createObjectNode();
      input.setAll(changes.deepCopy());
      if (!partial && !input.hasNonNull("identificatie")) {
        input.put("identificatie", existing.identificatie());
      }
      ZaakDocument zaak = validated(input, existing);
      if (existing.isAfgesloten()) {
        throw ZgwProblemException.permissionDenied("De zaak is afgesloten. Een afgesloten zaak wijzigen vraagt de "
            + "scope zaken.geforceerd-bijwerken, die deze client niet heeft.");
      }
      store.put(SYSTEM, ZAKEN, zaak.uuid(), key(zaak.bronorganisatie(), zaak.identificatie()), zaak);
      return zaak;
    });
  }

  private ZaakDocument validated(ObjectNode input, ZaakDocument existing) {
    ZgwInvalidParams invalid = new ZgwInvalidParams();
    String identificatie = invalid.text(input, "identificatie", 40, false);
    String bronorganisatie = invalid.rsin(input, "bronorganisatie", true);
    String omschrijving = invalid.text(input, "omschrijving", 80, false);
    String toelichting = invalid.text(input, "toelichting", 1000, false);
    String zaaktypeUrl = invalid.url(input, "zaaktype", true);
    LocalDate registratiedatum = invalid.date(input, "registratiedatum", false);
    String verantwoordelijke = invalid.rsin(input, "verantwoordelijkeOrganisatie", true);
    LocalDate startdatum = invalid.date(input, "startdatum", true);
    LocalDate einddatumGepland = invalid.date(input, "einddatumGepland", false);
    LocalDate uiterlijkeEinddatum = invalid.date(input, "uiterlijkeEinddatumAfdoening", false);
    LocalDate publicatiedatum = invalid.date(input, "publicatiedatum", false);
    String vertrouwelijkheid = invalid.choice(input, "vertrouwelijkheidaanduiding", VERTROUWELIJKHEID, false);
    String archiefnominatie = invalid.choice(input, "archiefnominatie", ARCHIEFNOMINATIE, false);
    String archiefstatus = invalid.choice(input, "archiefstatus", ARCHIEFSTATUS, false);
    LocalDate archiefactiedatum = invalid.date(input, "archiefactiedatum", false);
    String betalingsindicatie = invalid.choice(input, "betalingsindicatie", BETALINGSINDICATIE, false);
    LocalDate laatsteBetaaldatum = invalid.date(input, "laatsteBetaaldatum", false);
    List<KenmerkDocument> kenmerken = kenmerken(input, invalid);

    ZaakTypeDocument zaaktype = null;
    if (zaaktypeUrl != null) {
      zaaktype = ZgwUrls.uuid(zaaktypeUrl, CATALOGI_API, "zaaktypen").flatMap(catalogi::zaaktype).orElse(null);
      if (zaaktype == null) {
        invalid.add("zaaktype", "bad-url", "De URL " + zaaktypeUrl + " resulteerde in HTTP 404: het is geen "
            + "zaaktype in de Catalogi API. Geef een geldige URL op.");
      } else if (zaaktype.concept()) {
        invalid.add("zaaktype", "not-published", "Het zaaktype is nog niet gepubliceerd (concept) en kan nog niet "
            + "gebruikt worden voor zaken.");
      }
    }
    if ("nvt".equals(betalingsindicatie) && laatsteBetaaldatum != null) {
      invalid.add("laatsteBetaaldatum", "betaling-nvt", "De laatste betaaldatum kan niet gezet worden als de "
          + "betalingsindicatie \"nvt\" is.");
    }
    String archief = archiefstatus == null || archiefstatus.isEmpty() ? "nog_te_archiveren" : archiefstatus;
    if (!"nog_te_archiveren".equals(archief)) {
      if (archiefnominatie == null) {
        invalid.add("archiefnominatie", "archiefnominatie-not-set", "Moet van een waarde voorzien zijn als de "
            + "'Archiefstatus' een waarde heeft anders dan \"nog_te_archiveren\".");
      }
      if (archiefactiedatum == null) {
        invalid.add("archiefactiedatum", "archiefactiedatum-not-set", "Moet van een waarde voorzien zijn als de "
            + "'Archiefstatus' een waarde heeft anders dan \"nog_te_archiveren\".");
      }
    }
    invalid.throwIfAny();

    String uuid = existing == null ? UUID.randomUUID().toString() : existing.uuid();
    LocalDate vandaag = LocalDate.now(ZONE);
    if (identificatie == null || identificatie.isBlank()) {
      identificatie = nextIdentificatie(bronorganisatie, registratiedatum == null ? vandaag : registratiedatum);
    } else {
      String wanted = identificatie;
      boolean taken = zaken(bronorganisatie, wanted).stream().anyMatch(other -> !other.uuid().equals(uuid));
      if (taken) {
        throw ZgwProblemException.invalid("identificatie", "identificatie-niet-uniek", "Deze identificatie ("
            + wanted + ") bestaat al voor deze bronorganisatie.");
      }
    }
    ObjectNode overige = json.createObjectNode();
    for (String name : OVERIGE) {
      if (input.has(name)) {
        overige.set(name, input.get(name).deepCopy());
      }
    }
    return new ZaakDocument(uuid, zaaktype.uuid(), identificatie, bronorganisatie, verantwoordelijke,
        omschrijving == null ? "" : omschrijving, toelichting == null ? "" : toelichting,
        registratiedatum == null ? (existing == null ? vandaag : existing.registratiedatum()) : registratiedatum,
        startdatum, existing == null ? null : existing.einddatum(), einddatumGepland, uiterlijkeEinddatum,
        publicatiedatum, vertrouwelijkheid == null || vertrouwelijkheid.isEmpty()
            ? zaaktype.vertrouwelijkheidaanduiding() : vertrouwelijkheid,
        kenmerken, archiefnominatie, archief, archiefactiedatum,
        existing == null ? null : existing.status(), existing == null ? null : existing.statusGezet(),
        existing == null ? null : existing.resultaat(), overige);
  }

  private static List<KenmerkDocument> kenmerken(ObjectNode input, ZgwInvalidParams invalid) {
    JsonNode value = input.get("kenmerken");
    List<KenmerkDocument> kenmerken = new ArrayList<>();
    if (value == null || value.isNull()) {
      return kenmerken;
    }
    if (!value.isArray()) {
      invalid.add("kenmerken", "not_a_list", "Verwachtte een lijst met items, kreeg een " + value.getNodeType() + ".");
      return kenmerken;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String prefix = "kenmerken." + i + ".";
      if (!item.isObject()) {
        invalid.add("kenmerken." + i, "invalid", "Ongeldige data. Verwacht een dictionary.");
        continue;
      }
      ZgwInvalidParams own = new ZgwInvalidParams();
      String kenmerk = own.text(item, "kenmerk", 40, true);
      String bron = own.text(item, "bron", 40, true);
      invalid.addAll(prefix, own);
      if (own.isEmpty()) {
        kenmerken.add(new KenmerkDocument(kenmerk, bron));
      }
    }
    return kenmerken;
  }

  private String nextIdentificatie(String bronorganisatie, LocalDate registratiedatum) {
    int year = registratiedatum.getYear();
    String teller = bronorganisatie + ":" + year;
    long number = store.get(SYSTEM, TELLERS, teller, Teller.class).map(Teller::laatste).orElse(0L);
    String identificatie;
    do {
      number++;
      identificatie = "ZAAK-%d-%010d".formatted(year, number);
    } while (!zaken(bronorganisatie, identificatie).isEmpty());
    store.put(SYSTEM, TELLERS, teller, null, new Teller(number));
    return identificatie;
  }

  /** The writable fields of a stored zaak, as a client would send them back. */
  private ObjectNode writable(ZaakDocument zaak) {
    ObjectNode node = json.createObjectNode();
    node.put("identificatie", zaak.identificatie());
    node.put("bronorganisatie", zaak.bronorganisatie());
    node.put("omschrijving", zaak.omschrijving());
    node.put("toelichting", zaak.toelichting());
    node.put("zaaktype", ZgwUrls.resource(CATALOGI_API, "zaaktypen", zaak.zaaktype()));
    node.put("registratiedatum", string(zaak.registratiedatum()));
    node.put("verantwoordelijkeOrganisatie", zaak.verantwoordelijkeOrganisatie());
    node.put("startdatum", string(zaak.startdatum()));
    node.put("einddatumGepland", string(zaak.einddatumGepland()));
    node.put("uiterlijkeEinddatumAfdoening", string(zaak.uiterlijkeEinddatumAfdoening()));
    node.put("publicatiedatum", string(zaak.publicatiedatum()));
    node.put("vertrouwelijkheidaanduiding", zaak.vertrouwelijkheidaanduiding());
    node.set("kenmerken", json.valueToTree(zaak.kenmerken()));
    node.put("archiefnominatie", zaak.archiefnominatie());
    node.put("archiefstatus", zaak.archiefstatus());
    node.put("archiefactiedatum", string(zaak.archiefactiedatum()));
    if (zaak.overige() != null) {
      node.setAll(zaak.overige().deepCopy());
    }
    return node;
  }

  // Statussen

  Optional<StatusDocument> status(String uuid) {
    return store.get(SYSTEM, STATUSSEN, uuid, StatusDocument.class);
  }

  List<StatusDocument> statussen(Optional<String> zaak) {
    return zaak.map(uuid -> store.findByLookupKey(SYSTEM, STATUSSEN, uuid, StatusDocument.class))
        .orElseGet(() -> store.list(SYSTEM, STATUSSEN, StatusDocument.class));
  }

  StatusDocument createStatus(JsonNode body) {
    ObjectNode input = object(body);
    return changing(() -> {
      ZgwInvalidParams invalid = new ZgwInvalidParams();
      ZaakDocument zaak = zaakReference(input, invalid);
      String statustypeUrl = invalid.url(input, "statustype", true);
      OffsetDateTime gezet = invalid.dateTime(input, "datumStatusGezet", true);
      String toelichting = invalid.text(input, "statustoelichting", 1000, false);
      StatusTypeDocument statustype = null;
      if (statustypeUrl != null) {
        statustype = ZgwUrls.uuid(statustypeUrl, CATALOGI_API, "statustypen").flatMap(catalogi::statustype)
            .orElse(null);
        if (statustype == null) {
          invalid.add("statustype", "bad-url", "De URL " + statustypeUrl + " resulteerde in HTTP 404: het is geen "
              + "statustype in de Catalogi API. Geef een geldige URL op.");
        }
      }
      invalid.throwIfAny();
      if (!statustype.zaaktype().equals(zaak.zaaktype())) {
        throw ZgwProblemException.invalid("nonFieldErrors", "zaaktype-mismatch",
            "De referentie hoort niet bij het zaaktype van de zaak.");
      }
      boolean eindstatus = catalogi.isEindstatus(statustype);
      if (eindstatus && zaak.resultaat() == null) {
        throw ZgwProblemException.invalid("nonFieldErrors", "resultaat-does-not-exist", "De zaak heeft geen "
            + "resultaat. Een zaak krijgt pas de eindstatus (en wordt afgesloten) als ze een resultaat heeft.");
      }
      if (zaak.isAfgesloten()) {
        throw ZgwProblemException.permissionDenied(eindstatus
            ? "De zaak is afgesloten. Een afgesloten zaak wijzigen vraagt de scope zaken.geforceerd-bijwerken, die "
                + "deze client niet heeft."
            : "Het heropenen van een afgesloten zaak vraagt de scope zaken.heropenen, die deze client niet heeft.");
      }
      StatusDocument status = new StatusDocument(UUID.randomUUID().toString(), zaak.uuid(), statustype.uuid(), gezet,
          toelichting == null ? "" : toelichting);
      store.put(SYSTEM, STATUSSEN, status.uuid(), zaak.uuid(), status);
      ZaakDocument updated = zaak;
      if (zaak.statusGezet() == null || !gezet.isBefore(zaak.statusGezet())) {
        updated = updated.withStatus(status.uuid(), gezet);
      }
      if (eindstatus) {
        updated = close(updated, gezet);
      }
      store.put(SYSTEM, ZAKEN, updated.uuid(), key(updated.bronorganisatie(), updated.identificatie()), updated);
      return status;
    });
  }

  /** zrc-007 and zrc-021: einddatum from the final status; archiving from the resultaattype. */
  private ZaakDocument close(ZaakDocument zaak, OffsetDateTime gezet) {
    LocalDate einddatum = gezet.atZoneSameInstant(ZONE).toLocalDate();
    ResultaatTypeDocument type = resultaat(zaak.resultaat())
        .flatMap(resultaat -> catalogi.resultaattype(resultaat.resultaattype()))
        .orElse(null);
    String nominatie = zaak.archiefnominatie() != null || type == null ? zaak.archiefnominatie()
        : type.archiefnominatie();
    LocalDate actiedatum = zaak.archiefactiedatum();
    if (actiedatum == null && type != null && type.archiefactietermijn() != null) {
      try {
        actiedatum = einddatum.plus(Period.parse(type.archiefactietermijn()));
      } catch (DateTimeParseException notAPeriod) {
        actiedatum = null;
      }
    }
    return zaak.closed(einddatum, nominatie, actiedatum);
  }

  // Resultaten

  Optional<ResultaatDocument> resultaat(String uuid) {
    return uuid == null ? Optional.empty() : store.get(SYSTEM, RESULTATEN, uuid, ResultaatDocument.class);
  }

  List<ResultaatDocument> resultaten(Optional<String> zaak) {
    return zaak.map(uuid -> store.findByLookupKey(SYSTEM, RESULTATEN, uuid, ResultaatDocument.class))
        .orElseGet(() -> store.list(SYSTEM, RESULTATEN, ResultaatDocument.class));
  }

  ResultaatDocument createResultaat(JsonNode body) {
    ObjectNode input = object(body);
    return changing(() -> {
      ZgwInvalidParams invalid = new ZgwInvalidParams();
      ZaakDocument zaak = zaakReference(input, invalid);
      String resultaattypeUrl = invalid.url(input, "resultaattype", true);
      String toelichting = invalid.text(input, "toelichting", 1000, false);
      ResultaatTypeDocument resultaattype = null;
      if (resultaattypeUrl != null) {
        resultaattype = ZgwUrls.uuid(resultaattypeUrl, CATALOGI_API, "resultaattypen")
            .flatMap(catalogi::resultaattype).orElse(null);
        if (resultaattype == null) {
          invalid.add("resultaattype", "bad-url", "De URL " + resultaattypeUrl + " resulteerde in HTTP 404: het is "
              + "geen resultaattype in de Catalogi API. Geef een geldige URL op.");
        }
      }
      if (zaak != null && zaak.resultaat() != null) {
        invalid.add("zaak", "unique", "Er bestaat al een resultaat voor deze zaak.");
      }
      invalid.throwIfAny();
      if (!resultaattype.zaaktype().equals(zaak.zaaktype())) {
        throw ZgwProblemException.invalid("nonFieldErrors", "zaaktype-mismatch",
            "De referentie hoort niet bij het zaaktype van de zaak.");
      }
      if (zaak.isAfgesloten()) {
        throw ZgwProblemException.permissionDenied("De zaak is afgesloten. Een afgesloten zaak wijzigen vraagt de "
            + "scope zaken.geforceerd-bijwerken, die deze client niet heeft.");
      }
      ResultaatDocument resultaat = new ResultaatDocument(UUID.randomUUID().toString(), zaak.uuid(),
          resultaattype.uuid(), toelichting == null ? "" : toelichting);
      store.put(SYSTEM, RESULTATEN, resultaat.uuid(), zaak.uuid(), resultaat);
      ZaakDocument updated = zaak.withResultaat(resultaat.uuid());
      store.put(SYSTEM, ZAKEN, updated.uuid(), key(updated.bronorganisatie(), updated.identificatie()), updated);
      return resultaat;
    });
  }

  // Zaakinformatieobjecten

  Optional<ZaakInformatieObjectDocument> zaakinformatieobject(String uuid) {
    return store.get(SYSTEM, ZAAKINFORMATIEOBJECTEN, uuid, ZaakInformatieObjectDocument.class);
  }

  List<ZaakInformatieObjectDocument> zaakinformatieobjecten(Optional<String> zaak) {
    return zaak.map(uuid -> store.findByLookupKey(SYSTEM, ZAAKINFORMATIEOBJECTEN, uuid,
            ZaakInformatieObjectDocument.class))
        .orElseGet(() -> store.list(SYSTEM, ZAAKINFORMATIEOBJECTEN, ZaakInformatieObjectDocument.class));
  }

  /**
   * Links a document to a zaak. Any absolute URL is accepted as informatieobject: the Documenten
   * API it names is not asked whether the document exists (zrc-003 is not simulated).
   */
  ZaakInformatieObjectDocument createZaakInformatieObject(JsonNode body) {
    ObjectNode input = object(body);
    return changing(() -> {
      ZgwInvalidParams invalid = new ZgwInvalidParams();
      ZaakDocument zaak = zaakReference(input, invalid);
      String informatieobject = invalid.url(input, "informatieobject", true);
      String titel = invalid.text(input, "titel", 200, false);
      String beschrijving = invalid.text(input, "beschrijving", 1000, false);
      invalid.throwIfAny();
      boolean linked = zaakinformatieobjecten(Optional.of(zaak.uuid())).stream()
          .anyMatch(existing -> existing.informatieobject().equals(informatieobject));
      if (linked) {
        throw ZgwProblemException.invalid("nonFieldErrors", "unique",
            "De velden zaak, informatieobject moeten een unieke set zijn.");
      }
      if (zaak.isAfgesloten()) {
        throw ZgwProblemException.permissionDenied("De zaak is afgesloten. Een afgesloten zaak wijzigen vraagt de "
            + "scope zaken.geforceerd-bijwerken, die deze client niet heeft.");
      }
      ZaakInformatieObjectDocument link = new ZaakInformatieObjectDocument(UUID.randomUUID().toString(), zaak.uuid(),
          informatieobject, titel == null ? "" : titel, beschrijving == null ? "" : beschrijving,
          OffsetDateTime.now(ZONE));
      store.put(SYSTEM, ZAAKINFORMATIEOBJECTEN, link.uuid(), zaak.uuid(), link);
      return link;
    });
  }

  // Shared

  private ZaakDocument zaakReference(ObjectNode input, ZgwInvalidParams invalid) {
    String url = invalid.url(input, "zaak", true);
    if (url == null) {
      return null;
    }
    Optional<String> uuid = ZgwUrls.uuid(url, ZAKEN_API, ZAKEN);
    if (uuid.isEmpty()) {
      invalid.add("zaak", "no_match", "Ongeldige hyperlink - Geen URL match.");
      return null;
    }
    Optional<ZaakDocument> zaak = zaak(uuid.get());
    if (zaak.isEmpty()) {
      invalid.add("zaak", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.");
    }
    return zaak.orElse(null);
  }

  private static ObjectNode object(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ZgwProblemException.invalid("nonFieldErrors", "invalid", "Ongeldige data. Verwacht een dictionary, kreeg "
          + (body == null ? "niets" : body.getNodeType().name().toLowerCase()) + ".");
    }
    return (ObjectNode) body;
  }

  /** One change at a time, in one transaction: identificaties and "one resultaat per zaak" stay true. */
  private <T> T changing(Supplier<T> change) {
    synchronized (lock) {
      return transaction.execute(status -> change.get());
    }
  }

  private static String key(String bronorganisatie, String identificatie) {
    return bronorganisatie + ":" + identificatie;
  }

  private static String string(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
