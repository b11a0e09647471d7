package nl.werkstroom.servicetask.zgw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.documenten.DocumentenClient;
import nl.werkstroom.integration.zgw.documenten.EnkelvoudigInformatieObject;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZaakInformatieObject;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Document vastleggen" against the running Zaken, Documenten and Catalogi simulators. */
@ApplicationTest
class DocumentVastleggenTest {

  private static final String BRIEF = """
      Geachte mevrouw De Vries,

      Wij hebben uw aanvraag voor subsidie ontvangen. U hoort binnen acht weken van ons.

      Met vriendelijke groet,
      Gemeente Leiden""";

  @Autowired
  DocumentVastleggen documentVastleggen;

  @Autowired
  DocumentenClient documenten;

  @Autowired
  ZakenClient zaken;

  @Autowired
  CatalogiClient catalogi;

  @Autowired
  ZgwProperties zgw;

  private String processInstanceId;
  private Zaak zaak;

  @BeforeEach
  void eenLopendeZaak() {
    processInstanceId = ZaakVoorTest.processInstanceId();
    zaak = ZaakVoorTest.registreer(zaken, catalogi, zgw, "leiden", processInstanceId);
  }

  private Taak taak(String activityId) {
    return new Taak(processInstanceId, activityId, "leiden")
        .met("zaakUrl", zaak.url())
        .met("zaakIdentificatie", zaak.identificatie())
        .met("titel", "Ontvangstbevestiging")
        .met("inhoud", BRIEF)
        .met("informatieobjecttype", "Brief");
  }

  private String rsin() {
    return zgw.tenant("leiden").rsin();
  }

  private String documentUrl(Taak taak) {
    return (String) taak.lokaal.get("documentUrl");
  }

  @Test
  void storesTheLetterAndLinksItToTheZaak() {
    Taak taak = taak("Task_OntvangstBevestigen");

    documentVastleggen.execute(taak.uitvoering());

    String url = documentUrl(taak);
    EnkelvoudigInformatieObject document = documenten.get(url);
    assertThat(document.titel()).isEqualTo("Ontvangstbevestiging");
    assertThat(document.bronorganisatie()).isEqualTo(rsin());
    assertThat(document.auteur()).isEqualTo("Gemeente Leiden");
    assertThat(document.taal()).isEqualTo("dut");
    assertThat(document.formaat()).startsWith("text/plain");
    assertThat(document.status()).isEqualTo("definitief");
    assertThat(document.bestandsnaam()).isEqualTo("ontvangstbevestiging.txt");
    assertThat(document.identificatie()).startsWith(zaak.identificatie() + "-").hasSizeLessThanOrEqualTo(40);
    assertThat(new String(documenten.download(url), StandardCharsets.UTF_8)).isEqualTo(BRIEF);
    assertThat(taak.lokaal).as("a letter can be longer than a variable holds").doesNotContainKey("documentTekst");
    assertThat(zaken.informatieobjecten(zaak.url())).extracting(ZaakInformatieObject::informatieobject)
        .containsExactly(url);
  }

  /** A postponement letter from its template, as the subsidy process stores it. */
  private Taak verdaging() {
    return new Taak(processInstanceId, "Task_VerdagingVastleggen", "leiden")
        .met("zaakUrl", zaak.url())
        .met("zaakIdentificatie", zaak.identificatie())
        .met("sjabloon", "subsidie-verdaging")
        .met("gegevens", "redenVerdaging = Wij wachten op advies van de sportraad.")
        .met("informatieobjecttype", "Brief")
        .met("aanvragerNaam", "Sportclub De Sleutels")
        .met("regelingNaam", "Sport en bewegen")
        .met("ontvangstdatum", "2026-03-02")
        .met("beslisdatum", LocalDate.of(2026, 4, 27))
        .met("nieuweBeslisdatum", "2026-05-25")
        .met("gemeente", "leiden");
  }

  @Test
  void storesALetterRenderedFromItsTemplateWithTheTemplatesTitle() {
    Taak taak = verdaging();

    documentVastleggen.execute(taak.uitvoering());

    String url = documentUrl(taak);
    EnkelvoudigInformatieObject document = documenten.get(url);
    String titel = "Wij beslissen later over uw subsidieaanvraag (" + zaak.identificatie() + ")";
    assertThat(document.titel()).isEqualTo(titel);
    assertThat(document.bestandsnaam()).isEqualTo(DocumentVastleggen.bestandsnaam(titel));
    String tekst = new String(documenten.download(url), StandardCharsets.UTF_8);
    assertThat(tekst)
        .startsWith("Aan: Sportclub De Sleutels\nZaaknummer: " + zaak.identificatie())
        .contains("Op 2 maart 2026 hebben wij uw aanvraag om subsidie ontvangen.")
        .contains("Wij zouden uiterlijk 27 april 2026 over uw aanvraag beslissen.")
        .contains("Waarom duurt het langer?\nWij wachten op advies van de sportraad.")
        .contains("Wij beslissen uiterlijk 25 mei 2026 over uw aanvraag.")
        .endsWith("Namens het college van burgemeester en wethouders,\nGemeente Leiden");
    assertThat(zaken.informatieobjecten(zaak.url())).extracting(ZaakInformatieObject::informatieobject)
        .containsExactly(url);
  }

  @Test
  void aGivenTitleReplacesTheTemplatesTitle() {
    Taak taak = verdaging().met("titel", "Verdaging beslistermijn");

    documentVastleggen.execute(taak.uitvoering());

    assertThat(documenten.get(documentUrl(taak)).titel()).isEqualTo("Verdaging beslistermijn");
    assertThat(new String(documenten.download(documentUrl(taak)), StandardCharsets.UTF_8))
        .contains("Wij beslissen uiterlijk 25 mei 2026");
  }

  @Test
  void anUnknownTemplateOrAMissingValueIsAnIncidentThatNamesTheTask() {
    Taak onbekend = verdaging().met("sjabloon", "subsidie-bestaat-niet");
    Taak zonderReden = verdaging().met("gegevens", null);

    assertThatThrownBy(() -> documentVastleggen.execute(onbekend.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessage("Er is geen briefsjabloon 'subsidie-bestaat-niet' (bestand brieven/subsidie-bestaat-niet.txt). "
            + "(taak 'Vastleggen')");
    assertThatThrownBy(() -> documentVastleggen.execute(zonderReden.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessage("Het briefsjabloon 'subsidie-verdaging' heeft een waarde nodig voor {{redenVerdaging}}. "
            + "(taak 'Vastleggen')");
    assertThat(zaken.informatieobjecten(zaak.url())).isEmpty();
  }

  @Test
  void eitherContentOrTemplateNotBothNorNeither() {
    Taak beide = verdaging().met("inhoud", BRIEF);
    Taak geen = taak("Task_OntvangstBevestigen").met("inhoud", null);

    assertThatThrownBy(() -> documentVastleggen.execute(beide.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("zowel 'inhoud' als 'sjabloon'");
    assertThatThrownBy(() -> documentVastleggen.execute(geen.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("mist de invoer 'inhoud' of 'sjabloon'");
    assertThat(zaken.informatieobjecten(zaak.url())).isEmpty();
  }

  @Test
  void theTypeIsFoundByItsOmschrijvingInTheMunicipalitysCatalogue() {
    Taak taak = taak("Task_VerslagVastleggen").met("informatieobjecttype", "verslag").met("bestandsnaam", "gesprek.txt");

    documentVastleggen.execute(taak.uitvoering());

    EnkelvoudigInformatieObject document = documenten.get(documentUrl(taak));
    ZgwProperties.Tenant leiden = zgw.tenant("leiden");
    String catalogus = catalogi.catalogus(leiden.catalogusDomein(), leiden.rsin()).orElseThrow().url();
    assertThat(catalogi.informatieobjecttypen(catalogus))
        .filteredOn(type -> type.url().equals(document.informatieobjecttype()))
        .singleElement()
        .satisfies(type -> assertThat(type.omschrijving()).isEqualTo("Verslag"));
    assertThat(document.bestandsnaam()).isEqualTo("gesprek.txt");
  }

  @Test
  void aRetryFindsTheDocumentInsteadOfStoringASecond() {
    Taak eerstePoging = taak("Task_OntvangstBevestigen");
    documentVastleggen.execute(eerstePoging.uitvoering());
    Taak herhaling = eerstePoging.herhaling();

    documentVastleggen.execute(herhaling.uitvoering());

    assertThat(documentUrl(herhaling)).isEqualTo(documentUrl(eerstePoging));
    String identificatie = documenten.get(documentUrl(eerstePoging)).identificatie();
    assertThat(documenten.findByIdentificatie(rsin(), identificatie)).hasSize(1);
    assertThat(zaken.informatieobjecten(zaak.url())).hasSize(1);
  }

  @Test
  void eachTaskOfAProcessStoresItsOwnDocument() {
    Taak ontvangst = taak("Task_OntvangstBevestigen");
    Taak besluit = taak("Task_BesluitVerzenden").met("titel", "Besluit op uw aanvraag")
        .met("informatieobjecttype", "Besluit");

    documentVastleggen.execute(ontvangst.uitvoering());
    documentVastleggen.execute(besluit.uitvoering());

    assertThat(documentUrl(besluit)).isNotEqualTo(documentUrl(ontvangst));
    assertThat(zaken.informatieobjecten(zaak.url())).hasSize(2);
  }

  @Test
  void aTaskReachedAgainAfterALoopStoresANewDocument() {
    Taak eersteKeer = taak("Task_OntvangstBevestigen");
    documentVastleggen.execute(eersteKeer.uitvoering());
    Taak tweedeKeer = taak("Task_OntvangstBevestigen").met("titel", "Aangepaste ontvangstbevestiging").naEerdereRuns(1);

    documentVastleggen.execute(tweedeKeer.uitvoering());
    documentVastleggen.execute(tweedeKeer.herhaling().uitvoering());

    assertThat(documentUrl(tweedeKeer)).isNotEqualTo(documentUrl(eersteKeer));
    assertThat(documenten.get(documentUrl(tweedeKeer)).titel()).isEqualTo("Aangepaste ontvangstbevestiging");
    assertThat(zaken.informatieobjecten(zaak.url())).hasSize(2);
  }

  @Test
  void eachInstanceOfAMultiInstanceTaskStoresItsOwnDocument() {
    Taak eerste = taak("Task_BriefPerBelanghebbende").inLus(0);
    Taak tweede = taak("Task_BriefPerBelanghebbende").inLus(1);

    documentVastleggen.execute(eerste.uitvoering());
    documentVastleggen.execute(tweede.uitvoering());

    assertThat(documentUrl(tweede)).isNotEqualTo(documentUrl(eerste));
  }

  @Test
  void anUnknownTypeIsAnIncidentThatNamesTheKnownOnes() {
    Taak taak = taak("Task_OntvangstBevestigen").met("informatieobjecttype", "Memo");

    assertThatThrownBy(() -> documentVastleggen.execute(taak.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("'Memo'")
        .hasMessageContaining("Aanvraag, Besluit, Brief, Verslag");
    assertThat(zaken.informatieobjecten(zaak.url())).isEmpty();
  }

  @Test
  void aMissingInputIsAnIncidentThatNamesIt() {
    Taak taak = taak("Task_OntvangstBevestigen").met("titel", "  ");

    assertThatThrownBy(() -> documentVastleggen.execute(taak.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("'titel'");
  }

  @Test
  void withoutAZaakThereIsNothingToLinkTo() {
    Taak taak = taak("Task_OntvangstBevestigen").met("zaakUrl", null);

    assertThatThrownBy(() -> documentVastleggen.execute(taak.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("zaakUrl");
  }

  @Test
  void aFileNameIsMadeFromTheTitle() {
    assertThat(DocumentVastleggen.bestandsnaam("Besluit op uw aanvraag")).isEqualTo("besluit-op-uw-aanvraag.txt");
    assertThat(DocumentVastleggen.bestandsnaam("Café «De Zwaan» — vergunning!")).isEqualTo("cafe-de-zwaan-vergunning.txt");
    assertThat(DocumentVastleggen.bestandsnaam("???")).isEqualTo("document.txt");
  }
}
