package nl.werkstroom.subsidie;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import nl.werkstroom.deadline.DeadlineCalculator;
import nl.werkstroom.deadline.DeadlineProperties;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The dates of a subsidy case: Awb periods on calendar days (via {@link DeadlineCalculator}) and
 * the moments the process variables hold. A legal period runs to the end of its last day, so a
 * deadline is stored as 23:59:59 of that day; a moment to remind someone is 08:00 of a day.
 * "Today" is the engine's clock, which tests may move.
 */
@Component
public class SubsidieKalender {

  static final LocalTime EINDE_VAN_DE_DAG = LocalTime.of(23, 59, 59);
  static final LocalTime BEGIN_VAN_DE_WERKDAG = LocalTime.of(8, 0);

  private final DeadlineCalculator calculator;
  private final ZoneId zone;

  public SubsidieKalender(DeadlineCalculator calculator, DeadlineProperties properties) {
    this.calculator = calculator;
    this.zone = properties.zone();
  }

  public LocalDate vandaag() {
    return dag(ClockUtil.getCurrentTime());
  }

  /** The calendar day of a moment. */
  public LocalDate dag(Date moment) {
    return moment.toInstant().atZone(zone).toLocalDate();
  }

  /** 23:59:59 on that day: the moment a period that ends on it is over. */
  public Date eindeVan(LocalDate dag) {
    return Date.from(dag.atTime(EINDE_VAN_DE_DAG).atZone(zone).toInstant());
  }

  /** 00:00 on that day. */
  public Date beginVan(LocalDate dag) {
    return Date.from(dag.atStartOfDay(zone).toInstant());
  }

  /** The last day of an Awb period of some weeks after the event on {@code dag} (Atw applied). */
  public LocalDate awbWeken(LocalDate dag, int weken) {
    return calculator.awbWeeks(dag, weken);
  }

  /** The day itself when it is a working day, else the next working day. */
  public LocalDate eersteWerkdagVanaf(LocalDate dag) {
    LocalDate werkdag = dag;
    while (!calculator.isWorkingDay(werkdag)) {
      werkdag = werkdag.plusDays(1);
    }
    return werkdag;
  }

  /**
   * The period ending on {@code einde} suspended under Awb 4:15 from {@code vanaf} (first suspended
   * day) until {@code hervat} (the day it runs again), Atw art. 1 applied to the new end.
   */
  public LocalDate opgeschort(LocalDate einde, LocalDate vanaf, LocalDate hervat) {
    return calculator.suspend(einde, vanaf, hervat);
  }

  /** The number of suspended days between the first suspended day and the day the period runs again. */
  public long opgeschorteDagen(LocalDate vanaf, LocalDate hervat) {
    return ChronoUnit.DAYS.between(vanaf, hervat);
  }

  /**
   * When the behandelaar is warned that the decision period is about to end: 08:00 on the day
   * {@code dagenVooraf} days before the last day, or now when that moment has already passed (a
   * timer with a date in the past fires at once).
   */
  public Date signaal(LocalDate beslisdag, int dagenVooraf) {
    Date signaal = Date.from(beslisdag.minusDays(dagenVooraf).atTime(BEGIN_VAN_DE_WERKDAG).atZone(zone).toInstant());
    Date nu = ClockUtil.getCurrentTime();
    return signaal.before(nu) ? nu : signaal;
  }
}
