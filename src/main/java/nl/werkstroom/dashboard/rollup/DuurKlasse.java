package nl.werkstroom.dashboard.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The duration classes of the dashboard's histograms ({@code ws_dash_duur.duur_uren}): whole hours
 * below 48 hours, whole days (in hours) from there, capped at ten years. Fine enough to tell a task
 * done within the morning from one done the next day, coarse enough that a year of figures stays a
 * few thousand rows. The rebuild from history computes the same function in SQL.
 */
public final class DuurKlasse {

  /** Below this many hours, a class is one hour wide; from here on, one day. */
  public static final int UREN_GRENS = 48;
  /** The highest class: 3650 days, in hours. Longer durations fall in it. */
  public static final int MAXIMUM_UREN = 3650 * 24;

  static final long MS_PER_UUR = 3_600_000L;
  static final long MS_PER_DAG = 24 * MS_PER_UUR;

  private DuurKlasse() {
  }

  /** The class (lower bound in hours) of a duration in milliseconds; a negative duration counts as 0. */
  public static int vanMillis(long millis) {
    long duur = Math.max(0, millis);
    if (duur < UREN_GRENS * MS_PER_UUR) {
      return (int) (duur / MS_PER_UUR);
    }
    return (int) Math.min(duur / MS_PER_DAG * 24, MAXIMUM_UREN);
  }

  /** The class (lower bound in hours) of a duration. */
  public static int van(Duration duur) {
    return vanMillis(duur.toMillis());
  }

  /** A class shown in days with one decimal, as the dashboard shows durations (hours / 24). */
  public static BigDecimal inDagen(int klasseUren) {
    return BigDecimal.valueOf(klasseUren).divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP);
  }
}
