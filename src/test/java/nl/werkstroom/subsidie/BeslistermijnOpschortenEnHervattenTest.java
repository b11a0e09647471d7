package nl.werkstroom.subsidie;

import static nl.werkstroom.subsidie.Procesdata.eindeVan;
import static nl.werkstroom.subsidie.Procesdata.klokOp;
import static nl.werkstroom.subsidie.Procesdata.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkstroom.engine.ModelConfigurationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BeslistermijnOpschortenEnHervattenTest {

  private final BeslistermijnOpschorten opschorten = new BeslistermijnOpschorten(Procesdata.kalender());
  private final BeslistermijnHervatten hervatten =
      new BeslistermijnHervatten(Procesdata.kalender(), Procesdata.beslistermijn());
  private final BeslisdatumVerdagen verdagen = new BeslisdatumVerdagen(Procesdata.beslistermijn());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void suspensionStartsTomorrowAndTheCompletionPeriodRunsOverNewYear() {
    klokOp("2026-12-18T14:00");
    Procesdata data = new Procesdata().met("aanvultermijnWeken", 2);

    opschorten.execute(data.execution());

    assertThat(data.get("opgeschortVanaf")).isEqualTo(moment("2026-12-19T00:00"));
    // Two weeks after Friday 18 December is Friday 1 January, Nieuwjaarsdag; then the weekend.
    assertThat(data.get("aanvullenUiterlijk")).isEqualTo(eindeVan("2027-01-04"));
  }

  @Test
  void completionPeriodMustBeKnown() {
    assertThatThrownBy(() -> opschorten.execute(new Procesdata().execution()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("aanvultermijnWeken");
  }

  @Test
  void resumingMovesTheDecisionDateByTheSuspendedDays() {
    klokOp("2027-01-04T09:30");
    Procesdata data = opgeschort("2027-01-15", "2027-01-15", "2026-12-19T00:00");

    hervatten.execute(data.execution());

    // 19 December to 4 January: 16 days. 15 January + 16 = Sunday 31 January, so Monday 1 February.
    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2027-02-01"));
    assertThat(data.get("signaaldatum")).isEqualTo(moment("2027-01-18T08:00"));
  }

  @Test
  void suspensionExtendsThePeriodsOwnEndNotTheEndTheTermijnenwetMoved() {
    klokOp("2026-04-04T10:00");
    // Own end Saturday 2 May, moved to Monday 4 May; three days suspended.
    Procesdata data = opgeschort("2026-05-04", "2026-05-02", "2026-04-01T00:00");

    hervatten.execute(data.execution());

    // 2 May + 3 = Tuesday 5 May, Bevrijdingsdag: Wednesday 6 May (not 4 May + 3 = 7 May).
    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2026-05-06"));
  }

  @Test
  void completedOnTheDayOfTheRequestNothingWasSuspended() {
    klokOp("2026-12-18T16:00");
    Procesdata data = opgeschort("2027-01-15", "2027-01-15", "2026-12-19T00:00");

    hervatten.execute(data.execution());

    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2027-01-15"));
  }

  @Test
  void postponingSetsTheNewDecisionDate() {
    klokOp("2026-04-20T10:00");
    Procesdata data = new Procesdata().met("beslisdatum", eindeVan("2026-04-28"))
        .met("nieuweBeslisdatum", "2026-06-30");

    verdagen.execute(data.execution());

    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2026-06-30"));
  }

  @Test
  void postponingCannotShortenThePeriod() {
    klokOp("2026-04-20T10:00");
    Procesdata data = new Procesdata().met("beslisdatum", eindeVan("2026-04-28"))
        .met("nieuweBeslisdatum", moment("2026-04-24T00:00"));

    verdagen.execute(data.execution());

    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2026-04-28"));
  }

  private static Procesdata opgeschort(String beslisdatum, String eigenEinde, String opgeschortVanaf) {
    return new Procesdata()
        .met("beslisdatum", eindeVan(beslisdatum))
        .met(Beslistermijn.EIGEN_EINDE, eindeVan(eigenEinde))
        .met("opgeschortVanaf", moment(opgeschortVanaf));
  }
}
