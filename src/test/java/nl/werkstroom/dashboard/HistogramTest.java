package nl.werkstroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import nl.werkstroom.dashboard.rollup.OpTijd;
import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void percentilesAreTheClassWhereTheCumulativeCountReachesTheNearestRank() {
    // Ten durations: 3 in the class of 5 h, 4 in 30 h, 2 in 3 days (72 h), 1 in 10 days (240 h).
    Histogram histogram = new Histogram()
        .tel(240, OpTijd.ONBEKEND, 1)
        .tel(5, OpTijd.ONBEKEND, 3)
        .tel(72, OpTijd.ONBEKEND, 2)
        .tel(30, OpTijd.ONBEKEND, 4);

    assertThat(histogram.aantal()).isEqualTo(10);
    assertThat(histogram.percentielUren(0.5)).as("rank 5 lies in 30 h").isEqualTo(30);
    assertThat(histogram.percentielUren(0.3)).as("rank 3 is the last of 5 h").isEqualTo(5);
    assertThat(histogram.percentielUren(0.9)).as("rank 9 is the last of 72 h").isEqualTo(72);
    assertThat(histogram.percentielUren(0.91)).as("rank 10").isEqualTo(240);
    assertThat(histogram.percentielDagen(0.5)).isEqualByComparingTo("1.3");
    assertThat(histogram.percentielDagen(0.9)).isEqualByComparingTo("3.0");
  }

  @Test
  void oneMeasurementIsItsOwnMedianAndNothingMeasuredHasNone() {
    assertThat(new Histogram().tel(47, OpTijd.OP_TIJD, 1).percentielDagen(0.5)).isEqualByComparingTo("2.0");
    assertThat(new Histogram().percentielDagen(0.5)).isNull();
    assertThat(new Histogram().binnenPercentage(Duration.ofDays(2))).isNull();
  }

  @Test
  void withoutADeadlineADurationIsWithinTheTermWhenItsClassLiesBelowIt() {
    Histogram histogram = new Histogram()
        .tel(47, OpTijd.ONBEKEND, 3)   // less than 48 h: within two days
        .tel(48, OpTijd.ONBEKEND, 1)   // 48 h or more: not within
        .tel(100, OpTijd.OP_TIJD, 2)   // measured on time against its own deadline
        .tel(1, OpTijd.TE_LAAT, 2);    // measured late against its own deadline

    assertThat(histogram.binnen(Duration.ofDays(2))).isEqualTo(5);
    assertThat(histogram.beoordeeld(Duration.ofDays(2))).isEqualTo(8);
    assertThat(histogram.binnenPercentage(Duration.ofDays(2))).isEqualByComparingTo(new BigDecimal("62.5"));
  }

  @Test
  void withoutATermOnlyDurationsWithTheirOwnDeadlineCount() {
    Histogram histogram = new Histogram().tel(3, OpTijd.ONBEKEND, 5).tel(3, OpTijd.OP_TIJD, 2).tel(90, OpTijd.TE_LAAT, 1);

    assertThat(histogram.binnenPercentage(null)).isEqualByComparingTo("66.7");
    assertThat(new Histogram().tel(3, OpTijd.ONBEKEND, 5).binnen(null)).isNull();
  }

  @Test
  void histogramsOfSeveralDecisionActivitiesAddUp() {
    Histogram som = new Histogram().tel(24, OpTijd.OP_TIJD, 1)
        .voegToe(new Histogram().tel(72, OpTijd.TE_LAAT, 2));

    assertThat(som.aantal()).isEqualTo(3);
    assertThat(som.percentielUren(0.5)).isEqualTo(72);
    assertThat(som.binnenPercentage(null)).isEqualByComparingTo("33.3");
  }
}
