package nl.werkstroom.simulator.zgw.besluiten;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkstroom.simulator.zgw.ZgwInvalidParams;
import nl.werkstroom.simulator.zgw.ZgwPage;
import nl.werkstroom.simulator.zgw.ZgwProblemException;
import nl.werkstroom.simulator.zgw.ZgwQuery;
import nl.werkstroom.simulator.zgw.ZgwUrls;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiData;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.BesluitTypeDocument;
import nl.werkstroom.simulator.zgw.documenten.DocumentenData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Besluiten API 1.0 as far as Werkstroom uses it, under {@value ZgwUrls#BESLUITEN_API}:
 * {@code besluiten} (create, list filtered on identificatie, verantwoordelijkeOrganisatie, besluittype
 * and zaak, read one) and {@code besluitinformatieobjecten} (create, list filtered on besluit and
 * informatieobject, read one). Validation as the standard prescribes (required fields, RSIN, an
 * existing published besluittype of the Catalogi simulator, a beslisdatum not in the future, an
 * identificatie unique per verantwoordelijke organisatie, an existing besluit and document for a
 * link), errors as {@code application/problem+json}. The JWT is checked on every request
 * ({@link BesluitenSimulatorConfiguration}).
 */
@RestController
@RequestMapping(ZgwUrls.BESLUITEN_API)
@ConditionalOnProperty("werkstroom.simulators.enabled")
class BesluitenSimulator {

  static final String BESLUITEN = "besluiten";
  static final String BESLUITINFORMATIEOBJECTEN = "besluitinformatieobjecten";
  static final Map<String, String> VERVALREDENEN = Map.of(
      "tijdelijk", "Besluit met tijdelijke werking",
      "ingetrokken_overheid", "Besluit ingetrokken door overheid",
      "ingetrokken_belanghebbende", "Besluit ingetrokken o.v.v. belanghebbende");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final BesluitenData data;
  private final CatalogiData catalogi;
  private final DocumentenData documenten;
  private final Clock clock = Clock.system(ZONE);

  BesluitenSimulator(BesluitenData data, CatalogiData catalogi, DocumentenData documenten) {
    this.data = data;
    this.catalogi = catalogi;
    this.documenten = documenten;
  }

  // ---- besluiten

  @GetMapping(path = "/" + BESLUITEN, produces = MediaType.APPLICATION_JSON_VALUE)
  ZgwPage<Besluit> besluiten(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "identificatie", "verantwoordelijkeOrganisatie", "besluittype", "zaak");
    String identificatie = query.text("identificatie").orElse(null);
    String organisatie = query.text("verantwoordelijkeOrganisatie").orElse(null);
    String besluittype = query.text("besluittype").orElse(null);
    String zaak = query.text("zaak").orElse(null);
    query.check();
    List<OpgeslagenBesluit> found = identificatie != null && organisatie != null
        ? data.besluiten(organisatie, identificatie)
        : data.besluiten();
    return ZgwPage.of(found.stream()
        .filter(besluit -> identificatie == null || identificatie.equals(besluit.identificatie()))
        .filter(besluit -> organisatie == null || organisatie.equals(besluit.verantwoordelijkeOrganisatie()))
        .filter(besluit -> besluittype == null || besluittype.equals(besluit.besluittype()))
        .filter(besluit -> zaak == null || zaak.equals(besluit.zaak()))
        .map(BesluitenSimulator::view)
        .toList(), request);
  }

  @GetMapping(path = "/" + BESLUITEN + "/{uuid}", produces = MediaType.APPLICATION_JSON_VALUE)
  Besluit besluit(@PathVariable String uuid) {
    return view(data.besluit(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  @PostMapping(path = "/" + BESLUITEN, consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Besluit> createBesluit(@RequestBody JsonNode body) {
    requireObject(body);
    ZgwInvalidParams invalid = new ZgwInvalidParams();
    String identificatie = invalid.text(body, "identificatie", 50, false);
    String organisatie = invalid.rsin(body, "verantwoordelijkeOrganisatie", true);
    String besluittypeUrl = invalid.url(body, "besluittype", true);
    if (besluittypeUrl != null) {
      besluittype(invalid, besluittypeUrl);
    }
    String zaak = invalid.url(body, "zaak", false);
    LocalDate datum = invalid.date(body, "datum", true);
    if (datum != null && datum.isAfter(LocalDate.now(clock))) {
      invalid.add("datum", "future-not-allowed", "Deze datum mag niet in de toekomst zijn.");
    }
    String toelichting = invalid.text(body, "toelichting", Integer.MAX_VALUE, false);
    String bestuursorgaan = invalid.text(body, "bestuursorgaan", 50, false);
    LocalDate ingangsdatum = invalid.date(body, "ingangsdatum", true);
    LocalDate vervaldatum = invalid.date(body, "vervaldatum", false);
    String vervalreden = invalid.choice(body, "vervalreden", withBlank(VERVALREDENEN.keySet()), false);
    LocalDate publicatiedatum = invalid.date(body, "publicatiedatum", false);
    LocalDate verzenddatum = invalid.date(body, "verzenddatum", false);
    LocalDate uiterlijkeReactiedatum = invalid.date(body, "uiterlijkeReactiedatum", false);
    invalid.throwIfAny();

    String gevraagd = identificatie == null || identificatie.isBlank() ? null : identificatie;
    String uuid = UUID.randomUUID().toString();
    OpgeslagenBesluit besluit = data.create(organisatie, gevraagd, datum.getYear(),
            definitief -> new OpgeslagenBesluit(uuid, definitief, organisatie, besluittypeUrl, zaak, datum,
                empty(toelichting), empty(bestuursorgaan), ingangsdatum, vervaldatum, empty(vervalreden),
                publicatiedatum, verzenddatum, uiterlijkeReactiedatum))
        .orElseThrow(() -> ZgwProblemException.invalid("identificatie", "identificatie-niet-uniek",
            "Deze identificatie (" + gevraagd + ") bestaat al voor deze verantwoordelijke organisatie"));
    Besluit answer = view(besluit);
    return ResponseEntity.created(URI.create(answer.url())).body(answer);
  }

  private void besluittype(ZgwInvalidParams invalid, String url) {
    Optional<BesluitTypeDocument> type = ZgwUrls.uuid(url, ZgwUrls.CATALOGI_API, "besluittypen")
        .flatMap(catalogi::besluittype);
    if (type.isEmpty()) {
      invalid.add("besluittype", "bad-url", "De URL " + url + " resolved niet naar een besluittype in de Catalogi API.");
    } else if (type.get().concept()) {
      invalid.add("besluittype", "not-published", "Het besluittype is niet gepubliceerd.");
    }
  }

  static Besluit view(OpgeslagenBesluit besluit) {
    String vervalreden = besluit.vervalreden() == null ? "" : besluit.vervalreden();
    return new Besluit(ZgwUrls.resource(ZgwUrls.BESLUITEN_API, BESLUITEN, besluit.uuid()), besluit.identificatie(),
        besluit.verantwoordelijkeOrganisatie(), besluit.besluittype(), besluit.zaak() == null ? "" : besluit.zaak(),
        besluit.datum(), besluit.toelichting(), besluit.bestuursorgaan(), besluit.ingangsdatum(),
        besluit.vervaldatum(), vervalreden, VERVALREDENEN.getOrDefault(vervalreden, ""), besluit.publicatiedatum(),
        besluit.verzenddatum(), besluit.uiterlijkeReactiedatum());
  }

  // ---- besluitinformatieobjecten

  /** A plain list, without pages, as in the standard. */
  @GetMapping(path = "/" + BESLUITINFORMATIEOBJECTEN, produces = MediaType.APPLICATION_JSON_VALUE)
  List<BesluitInformatieObject> besluitinformatieobjecten(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "besluit", "informatieobject");
    Optional<String> besluit = query.resource("besluit", ZgwUrls.BESLUITEN_API, BESLUITEN);
    Optional<String> informatieobject = query.text("informatieobject");
    query.check();
    List<OpgeslagenBesluitInformatieObject> found = besluit.map(data::besluitinformatieobjecten)
        .orElseGet(data::besluitinformatieobjecten);
    return found.stream()
        .filter(link -> informatieobject.isEmpty() || sameDocument(informatieobject.get(), link.informatieobject()))
        .map(BesluitenSimulator::view)
        .toList();
  }

  @GetMapping(path = "/" + BESLUITINFORMATIEOBJECTEN + "/{uuid}", produces = MediaType.APPLICATION_JSON_VALUE)
  BesluitInformatieObject besluitinformatieobject(@PathVariable String uuid) {
    return view(data.besluitinformatieobject(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  @PostMapping(path = "/" + BESLUITINFORMATIEOBJECTEN, consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<BesluitInformatieObject> createBesluitInformatieObject(@RequestBody JsonNode body) {
    requireObject(body);
    ZgwInvalidParams invalid = new ZgwInvalidParams();
    String informatieobject = invalid.url(body, "informatieobject", true);
    if (informatieobject != null && documentUuid(informatieobject).flatMap(documenten::document).isEmpty()) {
      invalid.add("informatieobject", "bad-url",
          "De URL " + informatieobject + " resolved niet naar een informatieobject in de Documenten API.");
    }
    String besluitUrl = invalid.url(body, "besluit", true);
    Optional<OpgeslagenBesluit> besluit = besluitUrl == null ? Optional.empty()
        : besluitUuid(besluitUrl).flatMap(data::besluit);
    if (besluitUrl != null && besluit.isEmpty()) {
      invalid.add("besluit", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.");
    }
    invalid.throwIfAny();

    OpgeslagenBesluitInformatieObject link = data.create(
            new OpgeslagenBesluitInformatieObject(UUID.randomUUID().toString(), besluit.get().uuid(), informatieobject),
            url -> documentUuid(url).orElse(null))
        .orElseThrow(() -> ZgwProblemException.invalid("nonFieldErrors", "unique",
            "De velden besluit, informatieobject moeten een unieke set zijn."));
    BesluitInformatieObject answer = view(link);
    return ResponseEntity.created(URI.create(answer.url())).body(answer);
  }

  static BesluitInformatieObject view(OpgeslagenBesluitInformatieObject link) {
    return new BesluitInformatieObject(
        ZgwUrls.resource(ZgwUrls.BESLUITEN_API, BESLUITINFORMATIEOBJECTEN, link.uuid()), link.informatieobject(),
        ZgwUrls.resource(ZgwUrls.BESLUITEN_API, BESLUITEN, link.besluit()));
  }

  // ---- helpers

  private static void requireObject(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ZgwProblemException.invalid("nonFieldErrors", "invalid", "Ongeldige data. Verwacht een dictionary.");
    }
  }

  private static Optional<String> besluitUuid(String url) {
    return ZgwUrls.uuid(url, ZgwUrls.BESLUITEN_API, BESLUITEN);
  }

  private static Optional<String> documentUuid(String url) {
    return ZgwUrls.uuid(url, ZgwUrls.DOCUMENTEN_API, "enkelvoudiginformatieobjecten");
  }

  /** Two URLs of one document: the same uuid (whatever host named it), or else the same text. */
  private static boolean sameDocument(String one, String other) {
    Optional<String> uuid = documentUuid(one);
    return uuid.isPresent() ? uuid.equals(documentUuid(other)) : one.equals(other);
  }

  private static Set<String> withBlank(Set<String> values) {
    HashSet<String> all = new HashSet<>(values);
    all.add("");
    return all;
  }

  private static String empty(String value) {
    return value == null ? "" : value;
  }

  /** A besluit as the Besluiten API 1.0 answers it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Besluit(String url, String identificatie, String verantwoordelijkeOrganisatie, String besluittype,
      String zaak, LocalDate datum, String toelichting, String bestuursorgaan, LocalDate ingangsdatum,
      LocalDate vervaldatum, String vervalreden, String vervalredenWeergave, LocalDate publicatiedatum,
      LocalDate verzenddatum, LocalDate uiterlijkeReactiedatum) {
  }

  /** A link between a besluit and a document as the Besluiten API 1.0 answers it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record BesluitInformatieObject(String url, String informatieobject, String besluit) {
  }
}
