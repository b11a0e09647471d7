package nl.werkstroom.dashboard.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

  @Test
  void aWeekIsNamedByItsMondayInAmsterdam() {
    assertThat(IsoWeek.maandag(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(IsoWeek.maandag(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
    // Sunday 23:30 UTC is already Monday in Amsterdam (winter time, UTC+1).
    assertThat(IsoWeek.maandag(Instant.parse("2026-11-29T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(IsoWeek.maandag(Instant.parse("2026-11-29T22:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void theFirstIsoWeekOfAYearCanStartInDecember() {
    assertThat(IsoWeek.maandag(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 28));
  }
}
