package nl.werkstroom.dashboard.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DuurKlasseTest {

  @Test
  void belowTwoDaysAClassIsAWholeHour() {
    assertThat(DuurKlasse.van(Duration.ZERO)).isZero();
    assertThat(DuurKlasse.van(Duration.ofMinutes(59))).isZero();
    assertThat(DuurKlasse.van(Duration.ofHours(1))).isEqualTo(1);
    assertThat(DuurKlasse.van(Duration.ofHours(47))).isEqualTo(47);
    assertThat(DuurKlasse.van(Duration.ofHours(48).minusMillis(1))).isEqualTo(47);
  }

  @Test
  void fromTwoDaysAClassIsAWholeDayInHours() {
    assertThat(DuurKlasse.van(Duration.ofHours(48))).isEqualTo(48);
    assertThat(DuurKlasse.van(Duration.ofHours(71))).isEqualTo(48);
    assertThat(DuurKlasse.van(Duration.ofHours(72))).isEqualTo(72);
    assertThat(DuurKlasse.van(Duration.ofDays(56).plusHours(23))).isEqualTo(56 * 24);
  }

  @Test
  void tenYearsIsTheLastClass() {
    assertThat(DuurKlasse.van(Duration.ofDays(3649))).isEqualTo(3649 * 24);
    assertThat(DuurKlasse.van(Duration.ofDays(3650))).isEqualTo(DuurKlasse.MAXIMUM_UREN).isEqualTo(87_600);
    assertThat(DuurKlasse.van(Duration.ofDays(20_000))).isEqualTo(DuurKlasse.MAXIMUM_UREN);
  }

  @Test
  void aNegativeDurationCountsAsNone() {
    assertThat(DuurKlasse.vanMillis(-5_000)).isZero();
  }

  @Test
  void aClassIsShownInDaysWithOneDecimal() {
    assertThat(DuurKlasse.inDagen(47)).isEqualByComparingTo(new BigDecimal("2.0"));
    assertThat(DuurKlasse.inDagen(5)).isEqualByComparingTo(new BigDecimal("0.2"));
    assertThat(DuurKlasse.inDagen(72)).isEqualByComparingTo(new BigDecimal("3.0"));
  }
}
