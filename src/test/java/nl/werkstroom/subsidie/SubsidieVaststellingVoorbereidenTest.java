package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubsidieVaststellingVoorbereidenTest {

  private final SubsidieVaststellingVoorbereiden delegate = new SubsidieVaststellingVoorbereiden(Procesdata.kalender());

  @Test
  void remainderAboveTheAdvanceIsPaid() {
    Procesdata data = vastgesteld(1234.57, 987.66);

    delegate.execute(data.execution());

    assertThat(data.get("betaaldBedrag")).isEqualTo(987.66);
    assertThat(data.get("nogTeBetalen")).isEqualTo(246.91);
    assertThat(data.get("terugTeVorderen")).isEqualTo(0.0);
    assertThat(data.get("afrekeningTekst")).isEqualTo("U heeft al een voorschot van € 987,66 gekregen. Wij betalen "
        + "u nog € 246,91. U krijgt dit bedrag binnen zes weken na de datum van deze brief (artikel 4:87 Awb).");
  }

  @Test
  void advanceAboveTheSettledAmountIsRecovered() {
    Procesdata data = vastgesteld(500.0, 987.66);

    delegate.execute(data.execution());

    assertThat(data.get("nogTeBetalen")).isEqualTo(0.0);
    assertThat(data.get("terugTeVorderen")).isEqualTo(487.66);
    assertThat((String) data.get("afrekeningTekst"))
        .contains("Dat is € 487,66 meer dan de subsidie die wij nu hebben vastgesteld.")
        .contains("(artikel 4:57 Awb)")
        .contains("binnen zes weken")
        .contains("Zet bij uw betaling het zaaknummer ZAAK-2026-0042.");
  }

  @Test
  void exOfficioSettlementAtZeroRecoversTheWholeAdvance() {
    Procesdata data = vastgesteld(0.0, 9600.0).met("zaakIdentificatie", "ZAAK-2026-0107");

    delegate.execute(data.execution());

    assertThat(data.get("terugTeVorderen")).isEqualTo(9600.0);
    assertThat((String) data.get("afrekeningTekst")).contains("het zaaknummer ZAAK-2026-0107.");
  }

  @Test
  void advanceEqualToTheSettledAmountSettlesEverything() {
    Procesdata data = vastgesteld(987.66, 987.66);

    delegate.execute(data.execution());

    assertThat(data.get("nogTeBetalen")).isEqualTo(0.0);
    assertThat(data.get("terugTeVorderen")).isEqualTo(0.0);
    assertThat((String) data.get("afrekeningTekst")).contains("U krijgt dus niets meer en u hoeft ook niets terug te betalen.");
  }

  @Test
  void withoutAdvanceTheWholeSettledAmountIsPaid() {
    Procesdata data = new Procesdata().met("vastgesteldBedrag", 7500L);

    delegate.execute(data.execution());

    assertThat(data.get("betaaldBedrag")).isEqualTo(0.0);
    assertThat(data.get("nogTeBetalen")).isEqualTo(7500.0);
    assertThat(data.get("afrekeningTekst")).isEqualTo("Wij betalen u nog € 7.500,00. U krijgt dit bedrag binnen zes "
        + "weken na de datum van deze brief (artikel 4:87 Awb).");
  }

  @Test
  void nothingPaidAndNothingSettled() {
    Procesdata data = vastgesteld(0.0, 0.0);

    delegate.execute(data.execution());

    assertThat((String) data.get("afrekeningTekst")).startsWith("U heeft geen voorschot gekregen en de subsidie is "
        + "vastgesteld op € 0,00.");
  }

  private static Procesdata vastgesteld(double vastgesteld, double voorschot) {
    return new Procesdata().met("vastgesteldBedrag", vastgesteld).met("voorschotBedrag", voorschot);
  }
}
