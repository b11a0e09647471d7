package nl.werkstroom.dashboard.rollup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;

/**
 * The week a figure counts in: the Monday of its ISO week, on the calendar of the municipalities
 * (Europe/Amsterdam), whatever time zone the server runs in.
 */
public final class IsoWeek {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private IsoWeek() {
  }

  /** The Monday of the ISO week that contains this day. */
  public static LocalDate maandag(LocalDate dag) {
    return dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The Monday of the ISO week, in Europe/Amsterdam, of this moment. */
  public static LocalDate maandag(Instant moment) {
    return maandag(moment.atZone(ZONE).toLocalDate());
  }

  static LocalDate maandag(Date moment) {
    return maandag(moment.toInstant());
  }
}
