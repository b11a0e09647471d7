package nl.werkstroom.dashboard.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class OpTijdTest {

  private static Date om(String moment) {
    return Date.from(Instant.parse(moment));
  }

  @Test
  void aTaskIsOnTimeWhenCompletedAtOrBeforeItsDueMoment() {
    assertThat(OpTijd.tegen(om("2026-11-25T10:00:00Z"), om("2026-11-25T10:00:00Z"))).isEqualTo(OpTijd.OP_TIJD);
    assertThat(OpTijd.tegen(om("2026-11-25T10:00:00.001Z"), om("2026-11-25T10:00:00Z"))).isEqualTo(OpTijd.TE_LAAT);
    assertThat(OpTijd.tegen(om("2026-11-25T10:00:00Z"), null)).isEqualTo(OpTijd.ONBEKEND);
  }

  @Test
  void aDecisionIsOnTimeOnAnyMomentOfTheDecisionDateInAmsterdam() {
    Date beslisdatum = om("2026-11-24T23:00:00Z"); // 25 November, 00:00 in Amsterdam
    assertThat(BesluitMeten.opTijd(om("2026-11-25T22:59:00Z"), beslisdatum)).isEqualTo(OpTijd.OP_TIJD);
    assertThat(BesluitMeten.opTijd(om("2026-11-25T23:00:00Z"), beslisdatum)).as("26 November in Amsterdam")
        .isEqualTo(OpTijd.TE_LAAT);
    assertThat(BesluitMeten.opTijd(om("2026-11-25T10:00:00Z"), null)).isEqualTo(OpTijd.ONBEKEND);
    assertThat(BesluitMeten.opTijd(om("2026-11-25T10:00:00Z"), "2026-11-25")).as("not a date")
        .isEqualTo(OpTijd.ONBEKEND);
  }
}
