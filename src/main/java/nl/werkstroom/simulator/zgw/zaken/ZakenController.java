package nl.werkstroom.simulator.zgw.zaken;

import static nl.werkstroom.simulator.zgw.ZgwUrls.CATALOGI_API;
import static nl.werkstroom.simulator.zgw.ZgwUrls.ZAKEN_API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkstroom.simulator.zgw.ZgwPage;
import nl.werkstroom.simulator.zgw.ZgwProblemException;
import nl.werkstroom.simulator.zgw.ZgwQuery;
import nl.werkstroom.simulator.zgw.ZgwUrls;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.ResultaatDocument;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.StatusDocument;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.ZaakDocument;
import nl.werkstroom.simulator.zgw.zaken.ZakenDocuments.ZaakInformatieObjectDocument;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Zaken API 1.5 as far as Werkstroom uses it: zaken (create, list with filters, read, update),
 * statussen, resultaten and zaakinformatieobjecten. Requests on zaken must say which coordinate
 * system they send and accept ({@code Content-Crs}, {@code Accept-Crs}: EPSG:4326), or get 412 (406 for
 * another system), as the standard's reference implementation answers. The rules are in
 * {@link ZakenSimulator}; the JWT is checked before any of this (ZgwSimulatorAuthentication).
 */
@RestController
@RequestMapping(path = ZAKEN_API, produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnProperty("werkstroom.simulators.enabled")
class ZakenController {

  static final String CRS = "EPSG:4326";
  private static final Map<String, String> BETALINGSINDICATIE_WEERGAVE = Map.of(
      "nvt", "Er is geen sprake van te betalen, met de zaak gemoeide, kosten.",
      "nog_niet", "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
      "gedeeltelijk", "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
      "geheel", "De met de zaak gemoeide kosten zijn geheel betaald.");

  private final ZakenSimulator zaken;
  private final ObjectMapper json;

  ZakenController(ZakenSimulator zaken, ObjectMapper json) {
    this.zaken = zaken;
    this.json = json;
  }

  // Zaken

  @PostMapping("/zaken")
  ResponseEntity<ObjectNode> createZaak(HttpServletRequest request, @RequestBody JsonNode body) {
    crs(request, true);
    ObjectNode zaak = zaak(zaken.createZaak(body));
    return ResponseEntity.created(URI.create(zaak.get("url").asText())).header("Content-Crs", CRS).body(zaak);
  }

  @GetMapping("/zaken")
  ResponseEntity<ZgwPage<ObjectNode>> zaken(HttpServletRequest request) {
    crs(request, false);
    ZgwQuery query = ZgwQuery.of(request, "identificatie", "bronorganisatie", "zaaktype", "startdatum",
        "startdatum__gt", "startdatum__gte", "startdatum__lt", "startdatum__lte");
    Optional<String> identificatie = query.text("identificatie");
    Optional<String> bronorganisatie = query.text("bronorganisatie");
    Optional<String> zaaktype = query.resource("zaaktype", CATALOGI_API, "zaaktypen");
    Optional<LocalDate> startdatum = query.date("startdatum");
    Optional<LocalDate> after = query.date("startdatum__gt");
    Optional<LocalDate> from = query.date("startdatum__gte");
    Optional<LocalDate> before = query.date("startdatum__lt");
    Optional<LocalDate> until = query.date("startdatum__lte");
    query.check();
    List<ZaakDocument> candidates = identificatie.isPresent() && bronorganisatie.isPresent()
        ? zaken.zaken(bronorganisatie.get(), identificatie.get()) : zaken.zaken();
    List<ZaakDocument> matches = candidates.stream()
        .filter(z -> identificatie.map(z.identificatie()::equals).orElse(true))
        .filter(z -> bronorganisatie.map(z.bronorganisatie()::equals).orElse(true))
        .filter(z -> zaaktype.map(z.zaaktype()::equals).orElse(true))
        .filter(z -> startdatum.map(z.startdatum()::equals).orElse(true))
        .filter(z -> after.map(z.startdatum()::isAfter).orElse(true))
        .filter(z -> from.map(d -> !z.startdatum().isBefore(d)).orElse(true))
        .filter(z -> before.map(z.startdatum()::isBefore).orElse(true))
        .filter(z -> until.map(d -> !z.startdatum().isAfter(d)).orElse(true))
        .toList();
    return ResponseEntity.ok().header("Content-Crs", CRS).body(ZgwPage.of(matches, this::zaak, request));
  }

  @GetMapping("/zaken/{uuid}")
  ResponseEntity<ObjectNode> zaak(HttpServletRequest request, @PathVariable String uuid) {
    crs(request, false);
    ZaakDocument zaak = zaken.zaak(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound);
    return ResponseEntity.ok().header("Content-Crs", CRS).body(zaak(zaak));
  }

  @PutMapping("/zaken/{uuid}")
  ResponseEntity<ObjectNode> replaceZaak(HttpServletRequest request, @PathVariable String uuid,
      @RequestBody JsonNode body) {
    crs(request, true);
    ZaakDocument zaak = zaken.updateZaak(ZgwUrls.pathUuid(uuid), body, false);
    return ResponseEntity.ok().header("Content-Crs", CRS).body(zaak(zaak));
  }

  @PatchMapping("/zaken/{uuid}")
  ResponseEntity<ObjectNode> updateZaak(HttpServletRequest request, @PathVariable String uuid,
      @RequestBody JsonNode body) {
    crs(request, true);
    ZaakDocument zaak = zaken.updateZaak(ZgwUrls.pathUuid(uuid), body, true);
    return ResponseEntity.ok().header("Content-Crs", CRS).body(zaak(zaak));
  }

  // Statussen

  @PostMapping("/statussen")
  ResponseEntity<ObjectNode> createStatus(@RequestBody JsonNode body) {
    StatusDocument status = zaken.createStatus(body);
    ObjectNode answer = status(status, zaken.zaak(status.zaak()).orElseThrow());
    return ResponseEntity.created(URI.create(answer.get("url").asText())).body(answer);
  }

  @GetMapping("/statussen")
  ZgwPage<ObjectNode> statussen(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "zaak", "statustype", "indicatieLaatstGezetteStatus");
    Optional<String> zaak = query.resource("zaak", ZAKEN_API, "zaken");
    Optional<String> statustype = query.resource("statustype", CATALOGI_API, "statustypen");
    Optional<String> laatste = query.choice("indicatieLaatstGezetteStatus", Set.of("true", "false"));
    query.check();
    List<ObjectNode> results = zaken.statussen(zaak).stream()
        .filter(s -> statustype.map(s.statustype()::equals).orElse(true))
        .sorted(Comparator.comparing(StatusDocument::datumStatusGezet))
        .map(s -> status(s, zaken.zaak(s.zaak()).orElse(null)))
        .filter(s -> laatste.map(l -> s.path("indicatieLaatstGezetteStatus").asBoolean() == Boolean.parseBoolean(l))
            .orElse(true))
        .toList();
    return ZgwPage.of(results, request);
  }

  @GetMapping("/statussen/{uuid}")
  ObjectNode status(@PathVariable String uuid) {
    StatusDocument status = zaken.status(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound);
    return status(status, zaken.zaak(status.zaak()).orElse(null));
  }

  // Resultaten

  @PostMapping("/resultaten")
  ResponseEntity<ObjectNode> createResultaat(@RequestBody JsonNode body) {
    ObjectNode answer = resultaat(zaken.createResultaat(body));
    return ResponseEntity.created(URI.create(answer.get("url").asText())).body(answer);
  }

  @GetMapping("/resultaten")
  ZgwPage<ObjectNode> resultaten(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "zaak", "resultaattype");
    Optional<String> zaak = query.resource("zaak", ZAKEN_API, "zaken");
    Optional<String> resultaattype = query.resource("resultaattype", CATALOGI_API, "resultaattypen");
    query.check();
    List<ObjectNode> results = zaken.resultaten(zaak).stream()
        .filter(r -> resultaattype.map(r.resultaattype()::equals).orElse(true))
        .map(this::resultaat)
        .toList();
    return ZgwPage.of(results, request);
  }

  @GetMapping("/resultaten/{uuid}")
  ObjectNode resultaat(@PathVariable String uuid) {
    return resultaat(zaken.resultaat(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  // Zaakinformatieobjecten (a plain list, without pages, as in the standard)

  @PostMapping("/zaakinformatieobjecten")
  ResponseEntity<ObjectNode> createZaakInformatieObject(@RequestBody JsonNode body) {
    ObjectNode answer = zaakinformatieobject(zaken.createZaakInformatieObject(body));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(answer.get("url").asText())).body(answer);
  }

  @GetMapping("/zaakinformatieobjecten")
  List<ObjectNode> zaakinformatieobjecten(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "zaak", "informatieobject");
    Optional<String> zaak = query.resource("zaak", ZAKEN_API, "zaken");
    Optional<String> informatieobject = query.text("informatieobject");
    query.check();
    return zaken.zaakinformatieobjecten(zaak).stream()
        .filter(z -> informatieobject.map(z.informatieobject()::equals).orElse(true))
        .map(this::zaakinformatieobject)
        .toList();
  }

  @GetMapping("/zaakinformatieobjecten/{uuid}")
  ObjectNode zaakinformatieobject(@PathVariable String uuid) {
    return zaakinformatieobject(zaken.zaakinformatieobject(ZgwUrls.pathUuid(uuid))
        .orElseThrow(ZgwProblemException::notFound));
  }

  /** The reference implementation's CRS negotiation (vng-api-common GeoMixin). */
  private static void crs(HttpServletRequest request, boolean withBody) {
    if (withBody) {
      String content = request.getHeader("Content-Crs");
      if (content == null) {
        throw ZgwProblemException.preconditionFailed("'Content-Crs' header ontbreekt");
      }
      if (!CRS.equals(content)) {
        throw ZgwProblemException.notAcceptable("CRS '" + content + "' is niet ondersteund");
      }
    }
    String accept = request.getHeader("Accept-Crs");
    if (accept == null) {
      throw ZgwProblemException.preconditionFailed("'Accept-Crs' header ontbreekt");
    }
    if (!CRS.equals(accept)) {
      throw ZgwProblemException.notAcceptable("CRS '" + accept + "' is niet ondersteund");
    }
  }

  // Representations: every field of the standard's schema, URLs written for the address the client used.

  private ObjectNode zaak(ZaakDocument z) {
    ObjectNode node = json.createObjectNode();
    node.put("url", url(ZAKEN_API, "zaken", z.uuid()));
    node.put("uuid", z.uuid());
    node.put("identificatie", z.identificatie());
    node.put("bronorganisatie", z.bronorganisatie());
    node.put("omschrijving", z.omschrijving());
    node.put("toelichting", z.toelichting());
    node.put("zaaktype", url(CATALOGI_API, "zaaktypen", z.zaaktype()));
    node.put("registratiedatum", date(z.registratiedatum()));
    node.put("verantwoordelijkeOrganisatie", z.verantwoordelijkeOrganisatie());
    node.put("startdatum", date(z.startdatum()));
    node.put("einddatum", date(z.einddatum()));
    node.put("einddatumGepland", date(z.einddatumGepland()));
    node.put("uiterlijkeEinddatumAfdoening", date(z.uiterlijkeEinddatumAfdoening()));
    node.put("publicatiedatum", date(z.publicatiedatum()));
    node.put("communicatiekanaal", "");
    node.put("communicatiekanaalNaam", "");
    node.putArray("productenOfDiensten");
    node.put("vertrouwelijkheidaanduiding", z.vertrouwelijkheidaanduiding());
    node.put("betalingsindicatie", "");
    node.put("betalingsindicatieWeergave", "");
    node.putNull("laatsteBetaaldatum");
    node.putNull("zaakgeometrie");
    ObjectNode verlenging = node.putObject("verlenging");
    verlenging.put("reden", "");
    verlenging.putNull("duur");
    ObjectNode opschorting = node.putObject("opschorting");
    opschorting.put("indicatie", false);
    opschorting.put("reden", "");
    node.put("selectielijstklasse", "");
    node.putNull("hoofdzaak");
    node.putArray("deelzaken");
    node.putArray("relevanteAndereZaken");
    node.putArray("eigenschappen");
    node.putArray("rollen");
    node.put("status", url(ZAKEN_API, "statussen", z.status()));
    ArrayNode documenten = node.putArray("zaakinformatieobjecten");
    zaken.zaakinformatieobjecten(Optional.of(z.uuid()))
        .forEach(link -> documenten.add(url(ZAKEN_API, "zaakinformatieobjecten", link.uuid())));
    node.putArray("zaakobjecten");
    node.set("kenmerken", json.valueToTree(z.kenmerken() == null ? List.of() : z.kenmerken()));
    node.put("archiefnominatie", z.archiefnominatie());
    node.put("archiefstatus", z.archiefstatus());
    node.put("archiefactiedatum", date(z.archiefactiedatum()));
    node.put("resultaat", url(ZAKEN_API, "resultaten", z.resultaat()));
    node.put("opdrachtgevendeOrganisatie", "");
    node.put("processobjectaard", "");
    node.putNull("startdatumBewaartermijn");
    node.putNull("processobject");
    if (z.overige() != null) {
      z.overige().fields().forEachRemaining(field -> node.set(field.getKey(), field.getValue().deepCopy()));
    }
    node.put("betalingsindicatieWeergave",
        BETALINGSINDICATIE_WEERGAVE.getOrDefault(node.path("betalingsindicatie").asText(""), ""));
    return node;
  }

  private ObjectNode status(StatusDocument s, ZaakDocument zaak) {
    ObjectNode node = json.createObjectNode();
    node.put("url", url(ZAKEN_API, "statussen", s.uuid()));
    node.put("uuid", s.uuid());
    node.put("zaak", url(ZAKEN_API, "zaken", s.zaak()));
    node.put("statustype", url(CATALOGI_API, "statustypen", s.statustype()));
    node.put("datumStatusGezet", s.datumStatusGezet().toString());
    node.put("statustoelichting", s.statustoelichting());
    node.put("indicatieLaatstGezetteStatus", zaak != null && s.uuid().equals(zaak.status()));
    node.putNull("gezetdoor");
    node.putArray("zaakinformatieobjecten");
    return node;
  }

  private ObjectNode resultaat(ResultaatDocument r) {
    ObjectNode node = json.createObjectNode();
    node.put("url", url(ZAKEN_API, "resultaten", r.uuid()));
    node.put("uuid", r.uuid());
    node.put("zaak", url(ZAKEN_API, "zaken", r.zaak()));
    node.put("resultaattype", url(CATALOGI_API, "resultaattypen", r.resultaattype()));
    node.put("toelichting", r.toelichting());
    return node;
  }

  private ObjectNode zaakinformatieobject(ZaakInformatieObjectDocument z) {
    ObjectNode node = json.createObjectNode();
    node.put("url", url(ZAKEN_API, "zaakinformatieobjecten", z.uuid()));
    node.put("uuid", z.uuid());
    node.put("informatieobject", z.informatieobject());
    node.put("zaak", url(ZAKEN_API, "zaken", z.zaak()));
    node.put("aardRelatieWeergave", "Hoort bij, omgekeerd: kent");
    node.put("titel", z.titel());
    node.put("beschrijving", z.beschrijving());
    node.put("registratiedatum", z.registratiedatum().toString());
    node.putNull("vernietigingsdatum");
    node.putNull("status");
    return node;
  }

  private static String url(String api, String collection, String uuid) {
    return ZgwUrls.resource(api, collection, uuid);
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
