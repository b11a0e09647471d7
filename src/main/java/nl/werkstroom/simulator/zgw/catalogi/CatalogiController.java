package nl.werkstroom.simulator.zgw.catalogi;

import static nl.werkstroom.simulator.zgw.ZgwUrls.CATALOGI_API;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkstroom.simulator.zgw.ZgwPage;
import nl.werkstroom.simulator.zgw.ZgwProblemException;
import nl.werkstroom.simulator.zgw.ZgwQuery;
import nl.werkstroom.simulator.zgw.ZgwUrls;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.BesluitTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.CatalogusDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.InformatieObjectTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.ResultaatTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.StatusTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.ZaakTypeDocument;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Catalogi API 1.3 as far as Werkstroom reads it: catalogussen, zaaktypen, statustypen,
 * resultaattypen, informatieobjecttypen and besluittypen, each as a paginated list with the
 * standard's filters and one by uuid. Read only, like a published catalogue. Lists show published
 * resources unless {@code status=concept} or {@code status=alles} asks otherwise, as the standard says.
 */
@RestController
@RequestMapping(path = CATALOGI_API, produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnProperty("werkstroom.simulators.enabled")
class CatalogiController {

  private static final Set<String> STATUS = Set.of("alles", "concept", "definitief");

  private final CatalogiData data;
  private final ObjectMapper json;

  CatalogiController(CatalogiData data, ObjectMapper json) {
    this.data = data;
    this.json = json;
  }

  @GetMapping("/catalogussen")
  ZgwPage<ObjectNode> catalogussen(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "domein", "domein__in", "rsin", "rsin__in");
    Optional<String> domein = query.text("domein");
    Optional<List<String>> domeinIn = query.list("domein__in");
    Optional<String> rsin = query.text("rsin");
    Optional<List<String>> rsinIn = query.list("rsin__in");
    query.check();
    List<ObjectNode> results = data.catalogussen().stream()
        .filter(c -> domein.map(c.domein()::equals).orElse(true))
        .filter(c -> domeinIn.map(list -> list.contains(c.domein())).orElse(true))
        .filter(c -> rsin.map(c.rsin()::equals).orElse(true))
        .filter(c -> rsinIn.map(list -> list.contains(c.rsin())).orElse(true))
        .map(this::catalogus)
        .toList();
    return ZgwPage.of(results, request);
  }

  @GetMapping("/catalogussen/{uuid}")
  ObjectNode catalogus(@PathVariable String uuid) {
    return catalogus(data.catalogus(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  @GetMapping("/zaaktypen")
  ZgwPage<ObjectNode> zaaktypen(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "catalogus", "identificatie", "status", "trefwoorden", "datumGeldigheid");
    Optional<String> catalogus = query.resource("catalogus", CATALOGI_API, "catalogussen");
    Optional<String> identificatie = query.text("identificatie");
    Optional<String> status = query.choice("status", STATUS);
    Optional<List<String>> trefwoorden = query.list("trefwoorden");
    Optional<LocalDate> datum = query.date("datumGeldigheid");
    query.check();
    List<ObjectNode> results = data.zaaktypen().stream()
        .filter(z -> catalogus.map(z.catalogus()::equals).orElse(true))
        .filter(z -> identificatie.map(z.identificatie()::equals).orElse(true))
        .filter(z -> matchesStatus(z.concept(), status))
        .filter(z -> trefwoorden.map(words -> z.trefwoorden().containsAll(words)).orElse(true))
        .filter(z -> datum.map(z::geldigOp).orElse(true))
        .map(this::zaaktype)
        .toList();
    return ZgwPage.of(results, request);
  }

  @GetMapping("/zaaktypen/{uuid}")
  ObjectNode zaaktype(@PathVariable String uuid) {
    return zaaktype(data.zaaktype(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  @GetMapping("/statustypen")
  ZgwPage<ObjectNode> statustypen(HttpServletRequest request) {
    Predicate<String> ofZaaktype = zaaktypeFilter(request);
    List<ObjectNode> results = data.statustypen().stream()
        .filter(s -> ofZaaktype.test(s.zaaktype()))
        .sorted(Comparator.comparing(StatusTypeDocument::zaaktype).thenComparingInt(StatusTypeDocument::volgnummer))
        .map(this::statustype)
        .toList();
    return ZgwPage.of(results, request);
  }

  @GetMapping("/statustypen/{uuid}")
  ObjectNode statustype(@PathVariable String uuid) {
    return statustype(data.statustype(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  @GetMapping("/resultaattypen")
  ZgwPage<ObjectNode> resultaattypen(HttpServletRequest request) {
    Predicate<String> ofZaaktype = zaaktypeFilter(request);
    List<ObjectNode> results = data.resultaattypen().stream()
        .filter(r -> ofZaaktype.test(r.zaaktype()))
        .map(this::resultaattype)
        .toList();
    return ZgwPage.of(results, request);
  }

  /** The query of statustypen and resultaattypen: which zaaktype (URL, identificatie, status, date) they belong to. */
  private Predicate<String> zaaktypeFilter(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "zaaktype", "zaaktypeIdentificatie", "status", "datumGeldigheid");
    Optional<String> zaaktype = query.resource("zaaktype", CATALOGI_API, "zaaktypen");
    Optional<String> identificatie = query.text("zaaktypeIdentificatie");
    Optional<String> status = query.choice("status", STATUS);
    Optional<LocalDate> datum = query.date("datumGeldigheid");
    query.check();
    Map<String, ZaakTypeDocument> zaaktypen = zaaktypenByUuid();
    return url -> zaaktype.map(url::equals).orElse(true) && ofZaaktype(zaaktypen.get(url), identificatie, status, datum);
  }

  @GetMapping("/resultaattypen/{uuid}")
  ObjectNode resultaattype(@PathVariable String uuid) {
    return resultaattype(data.resultaattype(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  @GetMapping("/informatieobjecttypen")
  ZgwPage<ObjectNode> informatieobjecttypen(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "catalogus", "status", "omschrijving", "datumGeldigheid");
    Optional<String> catalogus = query.resource("catalogus", CATALOGI_API, "catalogussen");
    Optional<String> status = query.choice("status", STATUS);
    Optional<String> omschrijving = query.text("omschrijving");
    Optional<LocalDate> datum = query.date("datumGeldigheid");
    query.check();
    List<ObjectNode> results = data.informatieobjecttypen().stream()
        .filter(i -> catalogus.map(i.catalogus()::equals).orElse(true))
        .filter(i -> matchesStatus(i.concept(), status))
        .filter(i -> omschrijving.map(i.omschrijving()::equals).orElse(true))
        .filter(i -> datum.map(d -> !i.beginGeldigheid().isAfter(d)).orElse(true))
        .map(this::informatieobjecttype)
        .toList();
    return ZgwPage.of(results, request);
  }

  @GetMapping("/informatieobjecttypen/{uuid}")
  ObjectNode informatieobjecttype(@PathVariable String uuid) {
    return informatieobjecttype(data.informatieobjecttype(ZgwUrls.pathUuid(uuid))
        .orElseThrow(ZgwProblemException::notFound));
  }

  @GetMapping("/besluittypen")
  ZgwPage<ObjectNode> besluittypen(HttpServletRequest request) {
    ZgwQuery query = ZgwQuery.of(request, "catalogus", "zaaktypen", "informatieobjecttypen", "status", "omschrijving");
    Optional<String> catalogus = query.resource("catalogus", CATALOGI_API, "catalogussen");
    Optional<String> zaaktype = query.resource("zaaktypen", CATALOGI_API, "zaaktypen");
    Optional<String> informatieobjecttype = query.resource("informatieobjecttypen", CATALOGI_API,
        "informatieobjecttypen");
    Optional<String> status = query.choice("status", STATUS);
    Optional<String> omschrijving = query.text("omschrijving");
    query.check();
    List<ObjectNode> results = data.besluittypen().stream()
        .filter(b -> catalogus.map(b.catalogus()::equals).orElse(true))
        .filter(b -> zaaktype.map(b.zaaktypen()::contains).orElse(true))
        .filter(b -> informatieobjecttype.map(b.informatieobjecttypen()::contains).orElse(true))
        .filter(b -> matchesStatus(b.concept(), status))
        .filter(b -> omschrijving.map(b.omschrijving()::equals).orElse(true))
        .map(this::besluittype)
        .toList();
    return ZgwPage.of(results, request);
  }

  @GetMapping("/besluittypen/{uuid}")
  ObjectNode besluittype(@PathVariable String uuid) {
    return besluittype(data.besluittype(ZgwUrls.pathUuid(uuid)).orElseThrow(ZgwProblemException::notFound));
  }

  private static boolean matchesStatus(boolean concept, Optional<String> status) {
    return switch (status.orElse("definitief")) {
      case "alles" -> true;
      case "concept" -> concept;
      default -> !concept;
    };
  }

  private static boolean ofZaaktype(ZaakTypeDocument zaaktype, Optional<String> identificatie,
      Optional<String> status, Optional<LocalDate> datum) {
    return zaaktype != null
        && identificatie.map(zaaktype.identificatie()::equals).orElse(true)
        && matchesStatus(zaaktype.concept(), status)
        && datum.map(zaaktype::geldigOp).orElse(true);
  }

  private Map<String, ZaakTypeDocument> zaaktypenByUuid() {
    return data.zaaktypen().stream().collect(Collectors.toMap(ZaakTypeDocument::uuid, Function.identity()));
  }

  // Representations: every field of the standard's schema, URLs written for the address the client used.

  private ObjectNode catalogus(CatalogusDocument c) {
    ObjectNode node = json.createObjectNode();
    node.put("url", url("catalogussen", c.uuid()));
    node.put("domein", c.domein());
    node.put("rsin", c.rsin());
    node.put("contactpersoonBeheerNaam", c.contactpersoonBeheerNaam());
    node.put("contactpersoonBeheerTelefoonnummer", orEmpty(c.contactpersoonBeheerTelefoonnummer()));
    node.put("contactpersoonBeheerEmailadres", orEmpty(c.contactpersoonBeheerEmailadres()));
    urls(node.putArray("zaaktypen"), "zaaktypen",
        data.zaaktypen().stream().filter(z -> z.catalogus().equals(c.uuid())).map(ZaakTypeDocument::uuid).toList());
    urls(node.putArray("besluittypen"), "besluittypen",
        data.besluittypen().stream().filter(b -> b.catalogus().equals(c.uuid())).map(BesluitTypeDocument::uuid)
            .toList());
    urls(node.putArray("informatieobjecttypen"), "informatieobjecttypen",
        data.informatieobjecttypen().stream().filter(i -> i.catalogus().equals(c.uuid()))
            .map(InformatieObjectTypeDocument::uuid).toList());
    node.put("naam", c.naam());
    node.put("versie", c.versie());
    node.put("begindatumVersie", date(c.begindatumVersie()));
    return node;
  }

  private ObjectNode zaaktype(ZaakTypeDocument z) {
    ObjectNode node = json.createObjectNode();
    node.put("url", url("zaaktypen", z.uuid()));
    node.put("identificatie", z.identificatie());
    node.put("omschrijving", z.omschrijving());
    node.put("omschrijvingGeneriek", "");
    node.put("vertrouwelijkheidaanduiding", z.vertrouwelijkheidaanduiding());
    node.put("doel", z.doel());
    node.put("aanleiding", z.aanleiding());
    node.put("toelichting", orEmpty(z.toelichting()));
    node.put("indicatieInternOfExtern", z.indicatieInternOfExtern());
    node.put("handelingInitiator", z.handelingInitiator());
    node.put("onderwerp", z.onderwerp());
    node.put("handelingBehandelaar", z.handelingBehandelaar());
    node.put("doorlooptijd", z.doorlooptijd());
    node.put("servicenorm", z.servicenorm());
    node.put("opschortingEnAanhoudingMogelijk", z.opschortingEnAanhoudingMogelijk());
    node.put("verlengingMogelijk", z.verlengingMogelijk());
    node.put("verlengingstermijn", z.verlengingstermijn());
    strings(node.putArray("trefwoorden"), z.trefwoorden());
    node.put("publicatieIndicatie", z.publicatieIndicatie());
    node.put("publicatietekst", orEmpty(z.publicatietekst()));
    node.putArray("verantwoordingsrelatie");
    node.putArray("productenOfDiensten");
    node.putNull("selectielijstProcestype");
    ObjectNode referentieproces = node.putObject("referentieproces");
    referentieproces.put("naam", z.referentieproces());
    referentieproces.put("link", "");
    node.put("verantwoordelijke", z.verantwoordelijke());
    node.putNull("broncatalogus");
    node.putNull("bronzaaktype");
    node.put("catalogus", url("catalogussen", z.catalogus()));
    urls(node.putArray("statustypen"), "statustypen",
        data.statustypen(z.uuid()).stream().map(StatusTypeDocument::uuid).toList());
    urls(node.putArray("resultaattypen"), "resultaattypen",
        data.resultaattypen(z.uuid()).stream().map(ResultaatTypeDocument::uuid).toList());
    node.putArray("eigenschappen");
    urls(node.putArray("informatieobjecttypen"), "informatieobjecttypen",
        data.informatieobjecttypen().stream().filter(i -> i.zaaktypen().contains(z.uuid()))
            .map(InformatieObjectTypeDocument::uuid).toList());
    node.putArray("roltypen");
    urls(node.putArray("besluittypen"), "besluittypen",
        data.besluittypen().stream().filter(b -> b.zaaktypen().contains(z.uuid())).map(BesluitTypeDocument::uuid)
            .toList());
    node.putArray("deelzaaktypen");
    node.putArray("gerelateerdeZaaktypen");
    node.putArray("zaakobjecttypen");
    node.put("beginGeldigheid", date(z.beginGeldigheid()));
    node.put("eindeGeldigheid", date(z.eindeGeldigheid()));
    node.put("beginObject", date(z.beginGeldigheid()));
    node.put("eindeObject", date(z.eindeGeldigheid()));
    node.put("versiedatum", date(z.beginGeldigheid()));
    node.put("concept", z.concept());
    return node;
  }

  private ObjectNode statustype(StatusTypeDocument s) {
    ZaakTypeDocument zaaktype = data.zaaktype(s.zaaktype()).orElseThrow(ZgwProblemException::notFound);
    ObjectNode node = json.createObjectNode();
    node.put("url", url("statustypen", s.uuid()));
    node.put("omschrijving", s.omschrijving());
    node.put("omschrijvingGeneriek", "");
    node.put("statustekst", orEmpty(s.statustekst()));
    node.put("zaaktype", url("zaaktypen", s.zaaktype()));
    node.put("zaaktypeIdentificatie", zaaktype.identificatie());
    node.put("volgnummer", s.volgnummer());
    node.put("isEindstatus", data.isEindstatus(s));
    node.put("informeren", s.informeren());
    node.putNull("doorlooptijd");
    node.put("toelichting", orEmpty(s.toelichting()));
    node.putArray("checklistitemStatustype");
    node.put("catalogus", url("catalogussen", s.catalogus()));
    node.putArray("eigenschappen");
    node.putNull("zaakobjecttype");
    node.put("beginGeldigheid", date(zaaktype.beginGeldigheid()));
    node.put("eindeGeldigheid", date(zaaktype.eindeGeldigheid()));
    node.put("beginObject", date(zaaktype.beginGeldigheid()));
    node.put("eindeObject", date(zaaktype.eindeGeldigheid()));
    return node;
  }

  private ObjectNode resultaattype(ResultaatTypeDocument r) {
    ZaakTypeDocument zaaktype = data.zaaktype(r.zaaktype()).orElseThrow(ZgwProblemException::notFound);
    ObjectNode node = json.createObjectNode();
    node.put("url", url("resultaattypen", r.uuid()));
    node.put("zaaktype", url("zaaktypen", r.zaaktype()));
    node.put("zaaktypeIdentificatie", zaaktype.identificatie());
    node.put("omschrijving", r.omschrijving());
    // The simulator has no Selectielijst API to refer to: these references stay empty.
    node.putNull("resultaattypeomschrijving");
    node.put("omschrijvingGeneriek", r.omschrijvingGeneriek());
    node.putNull("selectielijstklasse");
    node.put("toelichting", orEmpty(r.toelichting()));
    node.put("archiefnominatie", r.archiefnominatie());
    node.put("archiefactietermijn", r.archiefactietermijn());
    ObjectNode brondatum = node.putObject("brondatumArchiefprocedure");
    brondatum.put("afleidingswijze", ResultaatTypeDocument.AFLEIDINGSWIJZE);
    brondatum.put("datumkenmerk", "");
    brondatum.put("einddatumBekend", false);
    brondatum.put("objecttype", "");
    brondatum.put("registratie", "");
    brondatum.putNull("procestermijn");
    node.put("procesobjectaard", "");
    node.putNull("indicatieSpecifiek");
    node.putNull("procestermijn");
    node.put("catalogus", url("catalogussen", r.catalogus()));
    node.putArray("besluittypen");
    node.putArray("besluittypeOmschrijving");
    node.putArray("informatieobjecttypen");
    node.putArray("informatieobjecttypeOmschrijving");
    node.put("beginGeldigheid", date(zaaktype.beginGeldigheid()));
    node.put("eindeGeldigheid", date(zaaktype.eindeGeldigheid()));
    node.put("beginObject", date(zaaktype.beginGeldigheid()));
    node.put("eindeObject", date(zaaktype.eindeGeldigheid()));
    return node;
  }

  private ObjectNode informatieobjecttype(InformatieObjectTypeDocument i) {
    ObjectNode node = json.createObjectNode();
    node.put("url", url("informatieobjecttypen", i.uuid()));
    node.put("catalogus", url("catalogussen", i.catalogus()));
    node.put("omschrijving", i.omschrijving());
    node.put("vertrouwelijkheidaanduiding", i.vertrouwelijkheidaanduiding());
    node.put("beginGeldigheid", date(i.beginGeldigheid()));
    node.putNull("eindeGeldigheid");
    node.put("beginObject", date(i.beginGeldigheid()));
    node.putNull("eindeObject");
    node.put("concept", i.concept());
    urls(node.putArray("besluittypen"), "besluittypen",
        data.besluittypen().stream().filter(b -> b.informatieobjecttypen().contains(i.uuid()))
            .map(BesluitTypeDocument::uuid).toList());
    node.put("informatieobjectcategorie", i.informatieobjectcategorie());
    node.putArray("trefwoord");
    node.putNull("omschrijvingGeneriek");
    urls(node.putArray("zaaktypen"), "zaaktypen", i.zaaktypen());
    return node;
  }

  private ObjectNode besluittype(BesluitTypeDocument b) {
    ObjectNode node = json.createObjectNode();
    node.put("url", url("besluittypen", b.uuid()));
    node.put("catalogus", url("catalogussen", b.catalogus()));
    urls(node.putArray("zaaktypen"), "zaaktypen", b.zaaktypen());
    node.put("omschrijving", b.omschrijving());
    node.put("omschrijvingGeneriek", "");
    node.put("besluitcategorie", b.besluitcategorie());
    node.put("reactietermijn", b.reactietermijn());
    node.put("publicatieIndicatie", b.publicatieIndicatie());
    node.put("publicatietekst", orEmpty(b.publicatietekst()));
    node.put("publicatietermijn", b.publicatietermijn());
    node.put("toelichting", orEmpty(b.toelichting()));
    urls(node.putArray("informatieobjecttypen"), "informatieobjecttypen", b.informatieobjecttypen());
    node.put("beginGeldigheid", date(b.beginGeldigheid()));
    node.putNull("eindeGeldigheid");
    node.put("beginObject", date(b.beginGeldigheid()));
    node.putNull("eindeObject");
    node.put("concept", b.concept());
    node.putArray("resultaattypen");
    node.putArray("resultaattypenOmschrijving");
    node.putArray("vastgelegdIn");
    return node;
  }

  private static String url(String collection, String uuid) {
    return ZgwUrls.resource(CATALOGI_API, collection, uuid);
  }

  private static void urls(ArrayNode array, String collection, Collection<String> uuids) {
    uuids.forEach(uuid -> array.add(url(collection, uuid)));
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
