package nl.werkstroom.subsidie;

import static nl.werkstroom.subsidie.Procesdata.eindeVan;
import static nl.werkstroom.subsidie.Procesdata.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkstroom.engine.ModelConfigurationException;
import org.junit.jupiter.api.Test;

class SubsidieBeschikkingVoorbereidenTest {

  private final SubsidieBeschikkingVoorbereiden delegate = new SubsidieBeschikkingVoorbereiden(Procesdata.kalender());

  @Test
  void advanceIsThePercentageRoundedToCents() {
    Procesdata data = verleend(1234.57, "activiteitenverslag", 80);

    delegate.execute(data.execution());

    // 80% of 1,234.57 is 987.656.
    assertThat(data.get("voorschotBedrag")).isEqualTo(987.66);
    assertThat((String) data.get("betalingTekst"))
        .contains("U krijgt een voorschot van € 987,66. Dat is 80% van de subsidie (artikel 4:95 Awb).")
        .contains("De rest, ten hoogste € 246,91, betalen wij nadat wij de subsidie hebben vastgesteld.")
        .contains("artikel 4:57 Awb");
  }

  @Test
  void reportIsDueAnAwbPeriodAfterTheActivityEndedAndMovesOverChristmas() {
    Procesdata data = verleend(12000.0, "activiteitenverslag", 80);

    delegate.execute(data.execution());

    // Thirteen weeks after Friday 25 September is Friday 25 December: Monday 28 December.
    assertThat(data.get("verantwoordingUiterlijk")).isEqualTo(eindeVan("2026-12-28"));
    assertThat(data.get("vaststellingAmbtshalveVanaf")).isEqualTo(moment("2027-02-22T00:00"));
    assertThat((String) data.get("verantwoordingTekst"))
        .contains("(artikel 4:44 Awb)")
        .contains("uiterlijk 28 december 2026 een activiteitenverslag")
        .contains("Heeft u op 22 februari 2027 nog steeds niets gestuurd?")
        .contains("artikel 4:47 Awb")
        .doesNotContain("accountant");
  }

  @Test
  void financialStatementTierAsksForAnAuditorsReport() {
    Procesdata data = verleend(60000.0, "financieel-verslag", 90);

    delegate.execute(data.execution());

    assertThat(data.get("voorschotBedrag")).isEqualTo(54000.0);
    assertThat((String) data.get("verantwoordingTekst"))
        .contains("een activiteitenverslag en een financieel verslag")
        .contains("controleverklaring van een accountant");
  }

  @Test
  void directTierIsPaidAtOnceWithoutReport() {
    Procesdata data = verleend(2500.0, "direct", 80);

    delegate.execute(data.execution());

    assertThat(data.get("voorschotBedrag")).isEqualTo(0.0);
    assertThat(data.variabelen).containsEntry("verantwoordingUiterlijk", null)
        .containsEntry("vaststellingAmbtshalveVanaf", null);
    assertThat((String) data.get("betalingTekst"))
        .isEqualTo("Wij betalen de subsidie van € 2.500,00 in één keer uit. U krijgt het geld binnen zes weken na "
            + "de datum van deze brief (artikel 4:87 Awb).");
    assertThat((String) data.get("verantwoordingTekst")).startsWith("U hoeft na afloop geen verslag te sturen.");
  }

  @Test
  void schemeWithoutAdvancePaysAfterSettlement() {
    Procesdata data = verleend(8000.0, "activiteitenverslag", 0);

    delegate.execute(data.execution());

    assertThat(data.get("voorschotBedrag")).isEqualTo(0.0);
    assertThat((String) data.get("betalingTekst")).startsWith("U krijgt geen voorschot.");
  }

  @Test
  void fullAdvance() {
    Procesdata data = verleend(8000.0, "activiteitenverslag", 100);

    delegate.execute(data.execution());

    assertThat(data.get("voorschotBedrag")).isEqualTo(8000.0);
    assertThat((String) data.get("betalingTekst")).startsWith("U krijgt de hele subsidie van € 8.000,00 als voorschot");
  }

  @Test
  void undertakingGetsTheWrittenDeMinimisNotice() {
    Procesdata data = verleend(60000.0, "financieel-verslag", 90).met("onderneming", true);

    delegate.execute(data.execution());

    assertThat((String) data.get("deMinimisTekst"))
        .contains("de-minimissteun")
        .contains("Verordening (EU) 2023/2831 van de Commissie van 13 december 2023")
        .contains("Het bedrag van de steun (het bruto subsidie-equivalent) is € 60.000,00.")
        .contains("Bewaar deze brief tien jaar.");
  }

  @Test
  void noDeMinimisNoticeForAPerson() {
    Procesdata data = verleend(6000.0, "activiteitenverslag", 80).met("onderneming", false);

    delegate.execute(data.execution());

    assertThat(data.get("deMinimisTekst")).isEqualTo("");
  }

  @Test
  void unknownTierIsAModellingError() {
    Procesdata data = verleend(6000.0, "jaarverslag", 80);

    assertThatThrownBy(() -> delegate.execute(data.execution()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("verantwoordingsniveau 'jaarverslag' is onbekend");
  }

  private static Procesdata verleend(double toegekend, String niveau, int voorschotPercentage) {
    return new Procesdata()
        .met("toegekendBedrag", toegekend)
        .met("verantwoordingsniveau", niveau)
        .met("voorschotPercentage", voorschotPercentage)
        .met("einddatumActiviteit", "2026-09-25")
        .met("verantwoordingstermijnWeken", 13)
        .met("ambtshalveVaststellingNaWeken", 8);
  }
}
