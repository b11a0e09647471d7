package nl.werkstroom.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** The dashboard's rounding, in one place: days and percentages with one decimal. */
final class Getallen {

  private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

  private Getallen() {
  }

  static BigDecimal percentage(long deel, long geheel) {
    if (geheel == 0) {
      return null;
    }
    return BigDecimal.valueOf(deel).multiply(HONDERD).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
  }

  static BigDecimal percentage(BigDecimal deel, BigDecimal geheel) {
    if (deel == null || geheel == null || geheel.signum() == 0) {
      return null;
    }
    return deel.multiply(HONDERD).divide(geheel, 1, RoundingMode.HALF_UP);
  }

  static BigDecimal dagen(Duration duur) {
    return BigDecimal.valueOf(duur.toMillis()).divide(BigDecimal.valueOf(86_400_000L), 1, RoundingMode.HALF_UP);
  }

  /** Days from a moment until now, one decimal; null without a moment. */
  static BigDecimal dagenSinds(Instant moment, Instant nu) {
    return moment == null ? null : dagen(Duration.between(moment, nu));
  }
}
