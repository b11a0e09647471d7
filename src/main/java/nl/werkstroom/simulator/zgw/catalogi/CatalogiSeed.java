package nl.werkstroom.simulator.zgw.catalogi;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.organisation.TenantProperties;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.BesluitTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.CatalogusDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.InformatieObjectTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.ResultaatTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.StatusTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.ZaakTypeDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fills the Catalogi simulator at start: one catalogue per municipality of
 * {@code werkstroom.integration.zgw.tenants} (its domain and RSIN), with a zaaktype for each of
 * Werkstroom's processes (identificatie = process key in capitals), their statustypen and
 * resultaattypen, four informatieobjecttypen and three besluittypen; plus one zaaktype in concept
 * (BEZWAAR), which may not be used for zaken yet. Every uuid is derived from the catalogue's domain
 * and the resource's name, so URLs stay the same across restarts; running again rewrites the same
 * resources (the catalogue is read-only, so nothing of a user is lost).
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class CatalogiSeed implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CatalogiSeed.class);
  static final LocalDate GELDIG_VANAF = LocalDate.of(2025, 1, 1);

  private final CatalogiData data;
  private final ZgwProperties zgw;
  private final TenantProperties tenants;

  CatalogiSeed(CatalogiData data, ZgwProperties zgw, TenantProperties tenants) {
    this.data = data;
    this.zgw = zgw;
    this.tenants = tenants;
  }

  @Override
  public void run(ApplicationArguments args) {
    zgw.tenants().forEach((tenantId, tenant) -> seed(tenantId, tenant));
  }

  void seed(String tenantId, ZgwProperties.Tenant tenant) {
    String domein = tenant.catalogusDomein();
    String gemeente = tenants.tenants().stream().filter(t -> t.id().equals(tenantId)).findFirst()
        .map(TenantProperties.Tenant::name).orElse("Gemeente " + tenantId);
    String catalogus = uuid(domein, "catalogus");
    data.put(new CatalogusDocument(catalogus, domein, tenant.rsin(), "Zaaktypecatalogus " + gemeente, "1",
        GELDIG_VANAF, "Team Informatiebeheer " + gemeente, null, null));

    List<String> definitief = new ArrayList<>();
    Map<String, String> byIdentificatie = new HashMap<>();
    for (ZaakTypeSeed seed : ZAAKTYPEN) {
      String zaaktype = uuid(domein, "zaaktype", seed.identificatie());
      byIdentificatie.put(seed.identificatie(), zaaktype);
      if (!seed.concept()) {
        definitief.add(zaaktype);
      }
      data.put(new ZaakTypeDocument(zaaktype, catalogus, seed.identificatie(), seed.omschrijving(),
          seed.vertrouwelijkheidaanduiding(), seed.doel(), seed.aanleiding(), seed.toelichting(),
          seed.internOfExtern(), seed.handelingInitiator(), seed.onderwerp(), seed.handelingBehandelaar(),
          seed.doorlooptijd(), seed.servicenorm(), seed.opschorting(), seed.verlengingstermijn() != null,
          seed.verlengingstermijn(), seed.trefwoorden(), seed.publicatietekst() != null, seed.publicatietekst(),
          seed.omschrijving(), seed.verantwoordelijke(), GELDIG_VANAF, null, seed.concept()));
      for (int i = 0; i < seed.statussen().size(); i++) {
        String omschrijving = seed.statussen().get(i);
        boolean eind = i == seed.statussen().size() - 1;
        data.put(new StatusTypeDocument(uuid(domein, seed.identificatie(), "statustype", omschrijving), zaaktype,
            catalogus, omschrijving, statustekst(omschrijving, eind), i + 1, i == 0 || eind, null));
      }
      for (ResultaatSeed resultaat : seed.resultaten()) {
        String uuid = uuid(domein, seed.identificatie(), "resultaattype", resultaat.omschrijving());
        data.put(new ResultaatTypeDocument(uuid, zaaktype, catalogus, resultaat.omschrijving(), resultaat.generiek(),
            resultaat.toelichting(), resultaat.archiefnominatie(), resultaat.archiefactietermijn()));
      }
    }

    String brief = uuid(domein, "informatieobjecttype", "Brief");
    String besluit = uuid(domein, "informatieobjecttype", "Besluit");
    String aanvraag = uuid(domein, "informatieobjecttype", "Aanvraag");
    String verslag = uuid(domein, "informatieobjecttype", "Verslag");
    data.put(new InformatieObjectTypeDocument(brief, catalogus, "Brief", "zaakvertrouwelijk", "brief",
        GELDIG_VANAF, false, definitief));
    data.put(new InformatieObjectTypeDocument(besluit, catalogus, "Besluit", "zaakvertrouwelijk", "besluit",
        GELDIG_VANAF, false, definitief));
    data.put(new InformatieObjectTypeDocument(aanvraag, catalogus, "Aanvraag", "zaakvertrouwelijk", "aanvraag",
        GELDIG_VANAF, false, definitief));
    data.put(new InformatieObjectTypeDocument(verslag, catalogus, "Verslag", "intern", "verslag",
        GELDIG_VANAF, false, definitief));

    data.put(new BesluitTypeDocument(uuid(domein, "besluittype", "Subsidiebeschikking"), catalogus,
        "Subsidiebeschikking", "beschikking", List.of(byIdentificatie.get("SUBSIDIEAANVRAAG")), List.of(besluit),
        "P6W", false, null, null,
        "Beschikking op een aanvraag om subsidie (verlening, weigering, vaststelling); bezwaar binnen zes weken "
            + "(Awb 6:7).", GELDIG_VANAF, false));
    data.put(new BesluitTypeDocument(uuid(domein, "besluittype", "Verkeersbesluit"), catalogus,
        "Verkeersbesluit", "besluit van algemene strekking", List.of(byIdentificatie.get("VERKEERSBESLUIT")),
        List.of(besluit), "P6W", true,
        "Het verkeersbesluit wordt bekendgemaakt in de Staatscourant.", "P6W",
        "Besluit over een verkeersmaatregel (Wegenverkeerswet 1994, BABW); bezwaar binnen zes weken na "
            + "bekendmaking.", GELDIG_VANAF, false));
    data.put(new BesluitTypeDocument(uuid(domein, "besluittype", "Besluit AI-toepassing"), catalogus,
        "Besluit AI-toepassing", "intern besluit", List.of(byIdentificatie.get("AITOEPASSING")), List.of(verslag),
        "P0D", true, "De AI-toepassing wordt gepubliceerd in het Algoritmeregister.", null,
        "Besluit over het in gebruik nemen van een algoritme of AI-toepassing.", GELDIG_VANAF, false));
    log.info("Catalogi simulator: catalogue {} of {} ready ({} zaaktypen)", domein, tenantId, ZAAKTYPEN.size());
  }

  /** A stable uuid for a resource of a catalogue, the same at every start. */
  static String uuid(String... parts) {
    return UUID.nameUUIDFromBytes(("werkstroom:zgw-catalogi:" + String.join(":", parts))
        .getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String statustekst(String omschrijving, boolean eind) {
    return eind ? "Uw zaak is afgehandeld." : "De status van uw zaak is: " + omschrijving.toLowerCase() + ".";
  }

  record ZaakTypeSeed(String identificatie, String omschrijving, String doel, String aanleiding, String toelichting,
      String onderwerp, String handelingInitiator, String handelingBehandelaar, String internOfExtern,
      String vertrouwelijkheidaanduiding, String doorlooptijd, String servicenorm, boolean opschorting,
      String verlengingstermijn, String publicatietekst, String verantwoordelijke, List<String> trefwoorden,
      List<String> statussen, List<ResultaatSeed> resultaten, boolean concept) {
  }

  record ResultaatSeed(String omschrijving, String generiek, String archiefnominatie, String archiefactietermijn,
      String toelichting) {
  }

  private static ResultaatSeed vernietigen(String omschrijving, String generiek, String termijn) {
    return new ResultaatSeed(omschrijving, generiek, "vernietigen", termijn, null);
  }

  private static ResultaatSeed bewaren(String omschrijving, String generiek) {
    // Blijvend te bewaren: overbrengen naar het archief na twintig jaar (Archiefwet 1995, art. 12).
    return new ResultaatSeed(omschrijving, generiek, "blijvend_bewaren", "P20Y", null);
  }

  /** The zaaktypen of Werkstroom's processes, the same in every municipality's catalogue. */
  static final List<ZaakTypeSeed> ZAAKTYPEN = List.of(
      new ZaakTypeSeed("CONTACTVERZOEK", "Contactverzoek afhandelen",
          "Een inwoner of ondernemer die om contact vraagt, krijgt binnen twee werkdagen antwoord.",
          "Een verzoek om contact via telefoon, website of balie.", null, "Klantcontact", "Verzoeken",
          "Afhandelen", "extern", "zaakvertrouwelijk", "P2D", "P1D", false, null, null, "Klantcontactcentrum",
          List.of("contact", "terugbelverzoek"), List.of("Ontvangen", "In behandeling", "Afgehandeld"),
          List.of(vernietigen("Afgehandeld", "Afgehandeld", "P1Y")), false),
      new ZaakTypeSeed("SUBSIDIEAANVRAAG", "Subsidieaanvraag behandelen",
          "Een aanvraag om subsidie beoordelen en erover beslissen, en na afloop de subsidie vaststellen.",
          "Een aanvraag om subsidie op grond van de Algemene subsidieverordening.",
          "Beslistermijn acht weken (Awb 4:13), op te schorten voor aanvulling (Awb 4:15) en te verdagen "
              + "(Awb 4:14).", "Subsidie", "Aanvragen", "Beslissen", "extern", "zaakvertrouwelijk", "P8W", null,
          true, "P8W", null, "Team Subsidies", List.of("subsidie", "beschikking"),
          List.of("Ontvangen", "Aanvulling gevraagd", "In behandeling", "Besluit genomen", "Vastgesteld",
              "Afgehandeld"),
          List.of(vernietigen("Verleend", "Verleend", "P10Y"), vernietigen("Geweigerd", "Geweigerd", "P5Y"),
              vernietigen("Buiten behandeling gesteld", "Buiten behandeling", "P1Y"),
              vernietigen("Vastgesteld", "Vastgesteld", "P10Y"), vernietigen("Ingetrokken", "Ingetrokken", "P1Y")),
          false),
      new ZaakTypeSeed("VERKEERSBESLUIT", "Verkeersbesluit nemen",
          "Een verkeersmaatregel voorbereiden, erover besluiten, het besluit bekendmaken en de maatregel uitvoeren.",
          "Een verzoek of eigen waarneming die om een verkeersmaatregel vraagt.",
          "Voorbereid met de uniforme openbare voorbereidingsprocedure (Awb afdeling 3.4).", "Verkeer",
          "Verzoeken", "Besluiten", "extern", "openbaar", "P26W", null, false, null,
          "Verkeersbesluiten worden bekendgemaakt in de Staatscourant.", "Team Verkeer",
          List.of("verkeer", "verkeersbesluit"),
          List.of("Ontvangen", "In voorbereiding", "Ontwerp ter inzage", "Besluit genomen", "Gepubliceerd",
              "Uitgevoerd", "Afgehandeld"),
          List.of(bewaren("Vastgesteld", "Vastgesteld"), vernietigen("Ingetrokken", "Ingetrokken", "P5Y"),
              vernietigen("Afgebroken", "Afgebroken", "P1Y")),
          false),
      new ZaakTypeSeed("INDIENSTTREDING", "Indiensttreding medewerker",
          "Een nieuwe medewerker voorbereiden op de eerste werkdag en na de proeftijd de proeftijd evalueren.",
          "Een getekende arbeidsovereenkomst.", null, "Personeel", "Aanstellen", "Voorbereiden", "intern",
          "vertrouwelijk", "P3M", null, false, null, null, "Team HRM", List.of("personeel", "onboarding"),
          List.of("Ontvangen", "Voorbereid", "In dienst", "Proeftijd geëvalueerd", "Afgehandeld"),
          List.of(vernietigen("Afgerond", "Afgehandeld", "P10Y"), vernietigen("Afgebroken", "Afgebroken", "P1Y")),
          false),
      new ZaakTypeSeed("UITDIENSTTREDING", "Uitdiensttreding medewerker",
          "Het vertrek van een medewerker afronden: exitgesprek, toegang intrekken, eigendommen innemen.",
          "Een ontslag of het einde van een arbeidsovereenkomst.", null, "Personeel", "Ontslag nemen",
          "Afronden", "intern", "vertrouwelijk", "P4W", null, false, null, null, "Team HRM",
          List.of("personeel", "offboarding"),
          List.of("Ontvangen", "Exitgesprek gevoerd", "Toegang ingetrokken", "Afgehandeld"),
          List.of(vernietigen("Afgerond", "Afgehandeld", "P10Y")), false),
      new ZaakTypeSeed("AITOEPASSING", "AI-toepassing registreren",
          "Een algoritme of AI-toepassing classificeren naar risico, beoordelen en publiceren in het "
              + "Algoritmeregister.",
          "Een team dat een algoritme of AI-toepassing wil gaan gebruiken of gebruikt.", null, "Algoritmes",
          "Aanmelden", "Beoordelen", "intern", "openbaar", "P12W", null, false, null,
          "Gepubliceerd in het Algoritmeregister van de Nederlandse overheid.", "Team Informatiebeheer",
          List.of("algoritme", "AI-verordening"),
          List.of("Ontvangen", "Geclassificeerd", "Beoordeeld", "Gepubliceerd", "Afgehandeld"),
          List.of(bewaren("Geregistreerd", "Geregistreerd"), vernietigen("Afgewezen", "Geweigerd", "P5Y"),
              bewaren("Buiten gebruik", "Beëindigd")),
          false),
      new ZaakTypeSeed("BEZWAAR", "Bezwaarschrift behandelen",
          "Een bezwaarschrift tegen een besluit van de gemeente behandelen en erop beslissen.",
          "Een bezwaarschrift (Awb hoofdstuk 6 en 7).", "In voorbereiding: nog niet te gebruiken voor zaken.",
          "Bezwaar", "Bezwaar maken", "Beslissen op bezwaar", "extern", "zaakvertrouwelijk", "P12W", null, true,
          "P6W", null, "Team Juridische Zaken", List.of("bezwaar"), List.of("Ontvangen", "Afgehandeld"),
          List.of(vernietigen("Afgehandeld", "Afgehandeld", "P10Y")), true));
}
