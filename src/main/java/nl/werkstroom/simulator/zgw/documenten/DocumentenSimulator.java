package nl.werkstroom.simulator.zgw.documenten;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkstroom.simulator.zgw.ZgwInvalidParams;
import nl.werkstroom.simulator.zgw.ZgwPage;
import nl.werkstroom.simulator.zgw.ZgwProblemException;
import nl.werkstroom.simulator.zgw.ZgwQuery;
import nl.werkstroom.simulator.zgw.ZgwUrls;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiData;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.InformatieObjectTypeDocument;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Documenten API 1.4 as far as Werkstroom uses it, under {@value ZgwUrls#DOCUMENTEN_API}:
 * {@code enkelvoudiginformatieobjecten} (create with the file base64 in {@code inhoud}, list filtered on
 * {@code bronorganisatie} and {@code identificatie}, read one, download the file). Validation as the
 * standard prescribes (required fields, RSIN, an existing published informatieobjecttype of the
 * Catalogi simulator, valid base64, an identificatie unique per bronorganisatie), errors as
 * {@code application/problem+json}. The JWT is checked on every request
 * ({@link DocumentenSimulatorConfiguration}).
 */
@RestController
@RequestMapping(ZgwUrls.DOCUMENTEN_API)
@ConditionalOnProperty("werkstroom.simulators.enabled")
class DocumentenSimulator {

  static final String COLLECTION = "enkelvoudiginformatieobjecten";
  static final Set<String> VERTROUWELIJKHEIDAANDUIDINGEN = Set.of("openbaar", "beperkt_openbaar", "intern",
      "zaakvertrouwelijk", "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim");
  static final Set<String> STATUSSEN = Set.of("in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final DocumentenData data;
  private final CatalogiData catalogi;
  private final Clock clock = Clock.system(ZONE);

  DocumentenSimulator(DocumentenData data, CatalogiData catalogi) {
    this.data = data;
    this.catalogi = catalogi;
  }

  @GetMapping(path = "/" + COLLECTION, produces = MediaType.APPLICATION_JSON_VALUE)
  ZgwPage<EnkelvoudigInformatieObject> list(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "bronorganisatie", "identificatie");
    String bronorganisatie = query.text("bronorganisatie").orElse(null);
    String identificatie = query.text("identificatie").orElse(null);
    query.check();
    List<OpgeslagenDocument> found = bronorganisatie != null && identificatie != null
        ? data.documenten(bronorganisatie, identificatie)
        : data.documenten().stream()
            .filter(document -> bronorganisatie == null || bronorganisatie.equals(document.bronorganisatie()))
            .filter(document -> identificatie == null || identificatie.equals(document.identificatie()))
            .toList();
    return ZgwPage.of(found.stream().map(DocumentenSimulator::view).toList(), request);
  }

  @GetMapping(path = "/" + COLLECTION + "/{uuid}", produces = MediaType.APPLICATION_JSON_VALUE)
  EnkelvoudigInformatieObject get(@PathVariable String uuid) {
    return view(data.document(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  @GetMapping(path = "/" + COLLECTION + "/{uuid}/download")
  ResponseEntity<byte[]> download(@PathVariable String uuid) {
    OpgeslagenDocument document = data.document(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound);
    byte[] inhoud = data.inhoud(document.uuid()).orElseThrow(ZgwProblemException::notFound);
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM);
    if (document.bestandsnaam() != null && !document.bestandsnaam().isBlank()) {
      answer.header("Content-Disposition", ContentDisposition.attachment()
          .filename(document.bestandsnaam(), StandardCharsets.UTF_8).build().toString());
    }
    return answer.body(inhoud);
  }

  @PostMapping(path = "/" + COLLECTION, consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<EnkelvoudigInformatieObject> create(@RequestBody JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ZgwProblemException.invalid("nonFieldErrors", "invalid", "Ongeldige data. Verwacht een dictionary.");
    }
    ZgwInvalidParams invalid = new ZgwInvalidParams();
    String identificatie = invalid.text(body, "identificatie", 40, false);
    String bronorganisatie = invalid.rsin(body, "bronorganisatie", true);
    LocalDate creatiedatum = invalid.date(body, "creatiedatum", true);
    String titel = invalid.text(body, "titel", 200, true);
    String vertrouwelijkheidaanduiding = blankAsNull(invalid.choice(body, "vertrouwelijkheidaanduiding",
        withBlank(VERTROUWELIJKHEIDAANDUIDINGEN), false));
    String auteur = invalid.text(body, "auteur", 200, true);
    String status = blankAsNull(invalid.choice(body, "status", withBlank(STATUSSEN), false));
    String formaat = invalid.text(body, "formaat", 255, false);
    String taal = taal(invalid, body);
    String bestandsnaam = invalid.text(body, "bestandsnaam", 255, false);
    byte[] inhoud = inhoud(invalid, body);
    String link = invalid.url(body, "link", false);
    String beschrijving = invalid.text(body, "beschrijving", 1000, false);
    List<String> trefwoorden = trefwoorden(invalid, body);
    String typeUrl = invalid.url(body, "informatieobjecttype", true);
    InformatieObjectTypeDocument type = typeUrl == null ? null : informatieobjecttype(invalid, typeUrl);
    invalid.throwIfAny();

    String gevraagd = identificatie == null || identificatie.isBlank() ? null : identificatie;
    String aanduiding = vertrouwelijkheidaanduiding != null ? vertrouwelijkheidaanduiding
        : type.vertrouwelijkheidaanduiding();
    OffsetDateTime nu = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    String uuid = UUID.randomUUID().toString();
    OpgeslagenDocument document = data.create(bronorganisatie, gevraagd, creatiedatum.getYear(),
            definitief -> new OpgeslagenDocument(uuid, definitief, bronorganisatie, creatiedatum, titel, aanduiding,
                auteur, status == null ? "" : status, formaat == null ? "" : formaat, taal, 1, nu,
                bestandsnaam == null ? "" : bestandsnaam, inhoud == null ? 0 : inhoud.length, link == null ? "" : link,
                beschrijving == null ? "" : beschrijving, typeUrl, trefwoorden),
            inhoud)
        .orElseThrow(() -> ZgwProblemException.invalid("identificatie", "identificatie-niet-uniek",
            "Deze identificatie (" + gevraagd + ") bestaat al voor deze bronorganisatie"));
    EnkelvoudigInformatieObject answer = view(document);
    return ResponseEntity.created(URI.create(answer.url())).body(answer);
  }

  private static String taal(ZgwInvalidParams invalid, JsonNode body) {
    String taal = invalid.text(body, "taal", 3, true);
    if (taal != null && taal.length() != 3) {
      invalid.add("taal", "min_length", "Zorg ervoor dat dit veld minimaal 3 karakters bevat.");
      return null;
    }
    return taal;
  }

  private static byte[] inhoud(ZgwInvalidParams invalid, JsonNode body) {
    JsonNode value = body.get("inhoud");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      invalid.add("inhoud", "invalid", "De inhoud moet een base64-gecodeerde string zijn.");
      return null;
    }
    try {
      return Base64.getDecoder().decode(stripDataUri(value.asText()).replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      invalid.add("inhoud", "invalid", "De inhoud is geen geldige base64-gecodeerde string.");
      return null;
    }
  }

  /** Open Zaak accepts a data URI ({@code data:text/plain;base64,...}) as well as plain base64. */
  private static String stripDataUri(String text) {
    if (text.startsWith("data:") && text.contains(";base64,")) {
      return text.substring(text.indexOf(";base64,") + ";base64,".length());
    }
    return text;
  }

  private static List<String> trefwoorden(ZgwInvalidParams invalid, JsonNode body) {
    JsonNode value = body.get("trefwoorden");
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      invalid.add("trefwoorden", "not_a_list", "Verwachtte een lijst met items, maar kreeg type \""
          + value.getNodeType().name().toLowerCase() + "\".");
      return List.of();
    }
    List<String> trefwoorden = new ArrayList<>();
    for (JsonNode trefwoord : value) {
      if (!trefwoord.isTextual() || trefwoord.asText().isBlank() || trefwoord.asText().length() > 100) {
        invalid.add("trefwoorden", "invalid", "Een trefwoord is een niet-lege tekst van ten hoogste 100 tekens.");
        return List.of();
      }
      trefwoorden.add(trefwoord.asText());
    }
    return List.copyOf(trefwoorden);
  }

  private InformatieObjectTypeDocument informatieobjecttype(ZgwInvalidParams invalid, String url) {
    Optional<InformatieObjectTypeDocument> type = ZgwUrls.uuid(url, ZgwUrls.CATALOGI_API, "informatieobjecttypen")
        .flatMap(catalogi::informatieobjecttype);
    if (type.isEmpty()) {
      invalid.add("informatieobjecttype", "bad-url",
          "De URL " + url + " resolved niet naar een informatieobjecttype in de Catalogi API.");
      return null;
    }
    if (type.get().concept()) {
      invalid.add("informatieobjecttype", "not-published", "Het informatieobjecttype is niet gepubliceerd.");
      return null;
    }
    return type.get();
  }

  private static Set<String> withBlank(Set<String> values) {
    HashSet<String> all = new HashSet<>(values);
    all.add("");
    return all;
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  static EnkelvoudigInformatieObject view(OpgeslagenDocument document) {
    String url = ZgwUrls.resource(ZgwUrls.DOCUMENTEN_API, COLLECTION, document.uuid());
    return new EnkelvoudigInformatieObject(url, document.identificatie(), document.bronorganisatie(),
        document.creatiedatum(), document.titel(), document.vertrouwelijkheidaanduiding(), document.auteur(),
        document.status(), document.formaat(), document.taal(), document.versie(), document.beginRegistratie(),
        document.bestandsnaam(), url + "/download?versie=" + document.versie(), document.bestandsomvang(),
        document.link(), document.beschrijving(), null, null, null, "", new Ondertekening("", null),
        new Integriteit("", "", null), document.informatieobjecttype(), false, List.of(),
        document.trefwoorden() == null ? List.of() : document.trefwoorden());
  }

  /** A document as the Documenten API 1.4 answers it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record EnkelvoudigInformatieObject(String url, String identificatie, String bronorganisatie, LocalDate creatiedatum,
      String titel, String vertrouwelijkheidaanduiding, String auteur, String status, String formaat, String taal,
      int versie, OffsetDateTime beginRegistratie, String bestandsnaam, String inhoud, long bestandsomvang,
      String link, String beschrijving, LocalDate ontvangstdatum, LocalDate verzenddatum,
      Boolean indicatieGebruiksrecht, String verschijningsvorm, Ondertekening ondertekening, Integriteit integriteit,
      String informatieobjecttype, boolean locked, List<Object> bestandsdelen, List<String> trefwoorden) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Ondertekening(String soort, LocalDate datum) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Integriteit(String algoritme, String waarde, LocalDate datum) {
  }
}
