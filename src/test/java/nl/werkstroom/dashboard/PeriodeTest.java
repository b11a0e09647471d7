package nl.werkstroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.werkstroom.api.ApiFout;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class PeriodeTest {

  // Wednesday 25 November 2026.
  private static final LocalDate WOENSDAG = LocalDate.of(2026, 11, 25);

  @Test
  void withoutDatesAManagerSeesTwelveWholeWeeksUpToToday() {
    Periode periode = Periode.uit(null, "", WOENSDAG, 12);

    assertThat(periode.tot()).isEqualTo(WOENSDAG);
    assertThat(periode.van()).isEqualTo(LocalDate.of(2026, 9, 7)).as("a Monday");
    assertThat(periode.weken()).hasSize(12)
        .startsWith(LocalDate.of(2026, 9, 7))
        .endsWith(LocalDate.of(2026, 11, 23));
  }

  @Test
  void onlyAnEndDateCountsTwelveWeeksBackFromThatWeek() {
    Periode periode = Periode.uit(null, "2026-03-01", WOENSDAG, 12);

    assertThat(periode.van()).isEqualTo(LocalDate.of(2025, 12, 8));
    assertThat(periode.weken()).hasSize(12).endsWith(LocalDate.of(2026, 2, 23));
  }

  @Test
  void datesInsideAWeekTakeTheWholeWeekAcrossTheNewYear() {
    Periode periode = Periode.uit("2025-12-31", "2026-01-05", WOENSDAG, 12);

    assertThat(periode.eersteWeek()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(periode.laatsteWeek()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(periode.weken()).containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5));
  }

  @Test
  void oneDayIsOneWeek() {
    assertThat(Periode.uit("2026-11-25", "2026-11-25", WOENSDAG, 12).weken())
        .containsExactly(LocalDate.of(2026, 11, 23));
  }

  @Test
  void aDateThatIsNoDateIsRefusedInDutch() {
    assertThatThrownBy(() -> Periode.uit("25-11-2026", null, WOENSDAG, 12))
        .isInstanceOfSatisfying(ApiFout.class, fout -> {
          assertThat(fout.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(fout.getMessage()).isEqualTo("'van' is geen datum. Schrijf de datum als jjjj-mm-dd, "
              + "bijvoorbeeld 2026-01-05.");
          assertThat(fout.antwoord().fouten()).extracting("veld").containsExactly("van");
        });
    assertThatThrownBy(() -> Periode.uit(null, "2026-02-30", WOENSDAG, 12))
        .isInstanceOf(ApiFout.class).hasMessageStartingWith("'tot' is geen datum");
  }

  @Test
  void aPeriodThatEndsBeforeItBeginsIsRefused() {
    assertThatThrownBy(() -> Periode.uit("2026-06-02", "2026-06-01", WOENSDAG, 12))
        .isInstanceOf(ApiFout.class)
        .hasMessage("De periode begint na het einde: 'van' (2026-06-02) ligt na 'tot' (2026-06-01).");
  }

  @Test
  void aStartAfterTodayWithoutEndIsRefused() {
    assertThatThrownBy(() -> Periode.uit("2027-01-04", null, WOENSDAG, 12))
        .isInstanceOf(ApiFout.class).hasMessageStartingWith("De periode begint na het einde");
  }

  @Test
  void fiveYearsAreAllowedAndADayMoreIsNot() {
    assertThat(Periode.uit("2021-11-25", "2026-11-25", WOENSDAG, 12).weken()).hasSizeGreaterThan(260);
    assertThatThrownBy(() -> Periode.uit("2021-11-24", "2026-11-25", WOENSDAG, 12))
        .isInstanceOfSatisfying(ApiFout.class, fout -> assertThat(fout.status()).isEqualTo(HttpStatus.BAD_REQUEST))
        .hasMessage("De periode is langer dan 5 jaar. Kies een kortere periode.");
  }
}
