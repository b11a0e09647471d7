package nl.werkstroom.servicetask.zgw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.besluiten.Besluit;
import nl.werkstroom.integration.zgw.besluiten.BesluitInformatieObject;
import nl.werkstroom.integration.zgw.besluiten.BesluitenClient;
import nl.werkstroom.integration.zgw.catalogi.BesluitType;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Besluit vastleggen" against the running Zaken, Besluiten, Documenten and Catalogi simulators. */
@ApplicationTest
class BesluitVastleggenTest {

  @Autowired
  BesluitVastleggen besluitVastleggen;

  @Autowired
  DocumentVastleggen documentVastleggen;

  @Autowired
  BesluitenClient besluiten;

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
        .met("besluittype", "Subsidiebeschikking")
        .met("toelichting", "Subsidie verleend voor het buurtfeest op 21 juni.");
  }

  private String rsin() {
    return zgw.tenant("leiden").rsin();
  }

  private String besluittype(String omschrijving) {
    ZgwProperties.Tenant leiden = zgw.tenant("leiden");
    String catalogus = catalogi.catalogus(leiden.catalogusDomein(), leiden.rsin()).orElseThrow().url();
    return catalogi.besluittypen(catalogus).stream().filter(type -> type.omschrijving().equals(omschrijving))
        .map(BesluitType::url).findFirst().orElseThrow();
  }

  @Test
  void registersTheBesluitAsOutcomeOfTheZaak() {
    Taak taak = taak("Task_BesluitVastleggen");

    besluitVastleggen.execute(taak.uitvoering());

    Besluit besluit = besluiten.get((String) taak.lokaal.get("besluitUrl"));
    assertThat(taak.lokaal.get("besluitIdentificatie")).isEqualTo(besluit.identificatie());
    assertThat(besluit.identificatie()).startsWith(zaak.identificatie() + "-");
    assertThat(besluit.verantwoordelijkeOrganisatie()).isEqualTo(rsin());
    assertThat(besluit.besluittype()).isEqualTo(besluittype("Subsidiebeschikking"));
    assertThat(besluit.zaak()).isEqualTo(zaak.url());
    assertThat(besluit.toelichting()).isEqualTo("Subsidie verleend voor het buurtfeest op 21 juni.");
    assertThat(besluit.datum()).isEqualTo(LocalDate.now());
    assertThat(besluit.ingangsdatum()).isEqualTo(LocalDate.now());
    assertThat(besluit.vervaldatum()).isNull();
  }

  @Test
  void takesTheDatesItIsGiven() {
    Taak taak = taak("Task_BesluitVastleggen")
        .met("datum", "2026-01-15")
        .met("ingangsdatum", java.sql.Date.valueOf(LocalDate.of(2026, 2, 1)))
        .met("vervaldatum", LocalDate.of(2026, 12, 31));

    besluitVastleggen.execute(taak.uitvoering());

    Besluit besluit = besluiten.get((String) taak.lokaal.get("besluitUrl"));
    assertThat(besluit.datum()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(besluit.ingangsdatum()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(besluit.vervaldatum()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void linksTheLetterInWhichTheBesluitIsLaidDown() {
    Taak brief = new Taak(processInstanceId, "Task_BeschikkingOpstellen", "leiden")
        .met("zaakUrl", zaak.url()).met("zaakIdentificatie", zaak.identificatie())
        .met("titel", "Beschikking").met("inhoud", "U krijgt subsidie.").met("informatieobjecttype", "Besluit");
    documentVastleggen.execute(brief.uitvoering());
    String documentUrl = (String) brief.lokaal.get("documentUrl");
    Taak taak = taak("Task_BesluitVastleggen").met("documentUrl", documentUrl);

    besluitVastleggen.execute(taak.uitvoering());

    assertThat(besluiten.informatieobjecten((String) taak.lokaal.get("besluitUrl")))
        .extracting(BesluitInformatieObject::informatieobject)
        .containsExactly(documentUrl);
  }

  @Test
  void aRetryFindsTheBesluitInsteadOfRegisteringASecond() {
    Taak brief = new Taak(processInstanceId, "Task_BeschikkingOpstellen", "leiden")
        .met("zaakUrl", zaak.url()).met("zaakIdentificatie", zaak.identificatie())
        .met("titel", "Beschikking").met("inhoud", "U krijgt subsidie.").met("informatieobjecttype", "Besluit");
    documentVastleggen.execute(brief.uitvoering());
    Taak eerstePoging = taak("Task_BesluitVastleggen").met("documentUrl", brief.lokaal.get("documentUrl"));
    besluitVastleggen.execute(eerstePoging.uitvoering());
    Taak herhaling = eerstePoging.herhaling();

    besluitVastleggen.execute(herhaling.uitvoering());

    assertThat(herhaling.lokaal).isEqualTo(eerstePoging.lokaal);
    String identificatie = (String) eerstePoging.lokaal.get("besluitIdentificatie");
    assertThat(besluiten.findByIdentificatie(rsin(), identificatie)).hasSize(1);
    assertThat(besluiten.informatieobjecten((String) eerstePoging.lokaal.get("besluitUrl"))).hasSize(1);
  }

  @Test
  void withoutAZaakIdentificatieTheIdentificatieIsStillStable() {
    Taak eerstePoging = taak("Task_BesluitVastleggen").met("zaakIdentificatie", null);
    besluitVastleggen.execute(eerstePoging.uitvoering());
    Taak herhaling = eerstePoging.herhaling();

    besluitVastleggen.execute(herhaling.uitvoering());

    assertThat((String) eerstePoging.lokaal.get("besluitIdentificatie")).matches("WS-[0-9A-F]{32}");
    assertThat(herhaling.lokaal).isEqualTo(eerstePoging.lokaal);
  }

  @Test
  void anUnknownBesluittypeIsAnIncidentThatNamesTheKnownOnes() {
    Taak taak = taak("Task_BesluitVastleggen").met("besluittype", "Omgevingsvergunning");

    assertThatThrownBy(() -> besluitVastleggen.execute(taak.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("'Omgevingsvergunning'")
        .hasMessageContaining("Besluit AI-toepassing, Subsidiebeschikking, Verkeersbesluit");
  }

  @Test
  void aMalformedDateIsAnIncidentThatNamesIt() {
    Taak taak = taak("Task_BesluitVastleggen").met("ingangsdatum", "1 april");

    assertThatThrownBy(() -> besluitVastleggen.execute(taak.uitvoering()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("'ingangsdatum'");
  }
}
