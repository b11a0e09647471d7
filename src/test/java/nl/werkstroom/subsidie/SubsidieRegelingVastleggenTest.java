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

class SubsidieRegelingVastleggenTest {

  private final SubsidieRegelingVastleggen delegate = new SubsidieRegelingVastleggen(
      Procesdata.regelingen(), Procesdata.kalender(), Procesdata.beslistermijn());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void recordsTheSchemeAndTheTiersOfTheMunicipality() {
    klokOp("2026-03-02T10:00");
    Procesdata data = aanvraag("2026-03-02");

    delegate.execute(data.execution());

    assertThat(data.get("regelingNaam")).isEqualTo("Subsidieregeling sport en bewegen");
    assertThat(data.get("grondslag")).isEqualTo("Algemene Subsidieverordening Leiden 2024, artikel 3");
    assertThat(data.get("budgetcode")).isEqualTo("SUB-SPORT");
    assertThat(data.get("maximumBedrag")).isEqualTo(25000.0);
    assertThat(data.get("verdeling")).isEqualTo("volgorde-van-binnenkomst");
    assertThat(data.get("voorschotPercentage")).isEqualTo(80);
    assertThat(data.get("aanvultermijnWeken")).isEqualTo(2);
    assertThat(data.get("verantwoordingstermijnWeken")).isEqualTo(13);
    assertThat(data.get("ambtshalveVaststellingNaWeken")).isEqualTo(8);
    assertThat(data.get("verantwoordingOndergrens")).isEqualTo(5000.0);
    assertThat(data.get("verantwoordingBovengrens")).isEqualTo(50000.0);
    assertThat(data.get("binnenAanvraagperiode")).isEqualTo(true);
    assertThat(data.get("persoonOverleden")).isEqualTo(false);
    assertThat(data.get("bedrijfActief")).isEqualTo(true);
  }

  @Test
  void decisionPeriodEndingOnKoningsdagMovesToTheNextWorkingDay() {
    klokOp("2026-03-02T10:00");
    Procesdata data = aanvraag("2026-03-02");

    delegate.execute(data.execution());

    // Eight weeks after Monday 2 March is Monday 27 April 2026, Koningsdag.
    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2026-04-28"));
    assertThat(data.get("signaaldatum")).isEqualTo(moment("2026-04-14T08:00"));
  }

  @Test
  void decisionPeriodEndingOnChristmasMovesOverChristmasAndTheWeekend() {
    klokOp("2026-10-30T09:00");
    Procesdata data = aanvraag("2026-10-30");

    delegate.execute(data.execution());

    // Eight weeks after Friday 30 October is Friday 25 December: Christmas, Boxing Day, Sunday.
    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2026-12-28"));
    assertThat(data.get("signaaldatum")).isEqualTo(moment("2026-12-14T08:00"));
  }

  @Test
  void signalThatWouldLieInThePastIsNow() {
    klokOp("2026-02-25T11:30");
    Procesdata data = aanvraag("2026-01-05");

    delegate.execute(data.execution());

    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2026-03-02"));
    assertThat(data.get("signaaldatum")).isEqualTo(moment("2026-02-25T11:30"));
  }

  @Test
  void requestReceivedBeforeTheApplicationPeriodIsOutsideIt() {
    klokOp("2026-01-02T09:00");
    Procesdata data = aanvraag("2025-12-31");

    delegate.execute(data.execution());

    assertThat(data.get("binnenAanvraagperiode")).isEqualTo(false);
  }

  @Test
  void receiptDateDefaultsToToday() {
    klokOp("2026-03-02T10:00");
    Procesdata data = new Procesdata().met("regeling", "sport-en-bewegen").met("aangevraagdBedrag", 4500.0);

    delegate.execute(data.execution());

    assertThat(data.get("ontvangstdatum")).isEqualTo("2026-03-02");
    assertThat(data.get("beslisdatum")).isEqualTo(eindeVan("2026-04-28"));
  }

  @Test
  void keepsRegisterOutcomesThatAreAlreadySet() {
    klokOp("2026-03-02T10:00");
    Procesdata data = aanvraag("2026-03-02").met("persoonOverleden", true).met("bedrijfActief", false);

    delegate.execute(data.execution());

    assertThat(data.get("persoonOverleden")).isEqualTo(true);
    assertThat(data.get("bedrijfActief")).isEqualTo(false);
  }

  @Test
  void unknownSchemeIsAnIncidentNamingTheScheme() {
    Procesdata data = aanvraag("2026-03-02").met("regeling", "kunst");

    assertThatThrownBy(() -> delegate.execute(data.execution()))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("Gemeente 'leiden' heeft geen subsidieregeling met code 'kunst'");
  }

  @Test
  void reservesNoMoreThanTheSchemesMaximum() {
    Procesdata binnen = aanvraag("2026-03-02");
    Procesdata erboven = aanvraag("2026-03-02").met("aangevraagdBedrag", 75000.0);

    delegate.execute(binnen.execution());
    delegate.execute(erboven.execution());

    assertThat(binnen.get("teReserverenBedrag")).isEqualTo(4500.0);
    assertThat(erboven.get("teReserverenBedrag")).isEqualTo(25000.0);
  }

  private static Procesdata aanvraag(String ontvangstdatum) {
    return new Procesdata().met("regeling", "sport-en-bewegen").met("ontvangstdatum", ontvangstdatum)
        .met("aangevraagdBedrag", 4500.0);
  }
}
