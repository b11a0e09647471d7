package nl.werkstroom.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Legal deadlines by the Algemene termijnenwet (Atw) and the Awb, on calendar dates.
 *
 * <p>A deadline is the last day of a period, inclusive: the period runs to the end of that day.
 */
@Component
public class DeadlineCalculator {

  /** Atw art. 2 applies to periods of at least this many days. */
  private static final int ATW_ART2_MIN_DAYS = 3;
  /** Atw art. 2: such a period contains at least this many working days. */
  private static final int ATW_ART2_WORKING_DAYS = 2;

  private final DutchHolidays holidays;

  public DeadlineCalculator(DutchHolidays holidays) {
    this.holidays = holidays;
  }

  /** A day that is not a Saturday, Sunday or recognised holiday (Atw art. 1 and 3). */
  public boolean isWorkingDay(LocalDate date) {
    requireDate(date, "date");
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
  }

  /**
   * The date {@code days} working days after {@code from}; {@code from} itself does not count,
   * so zero days gives {@code from}.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    requireDate(from, "from");
    if (days < 0) {
      throw new IllegalArgumentException("The number of working days must be zero or more, not " + days);
    }
    LocalDate date = from;
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /**
   * The last day of an Awb period of {@code weeks} weeks after {@code event} (sending, publication,
   * receipt): the period starts the next day (Awb 6:8) and nominally ends on the same weekday
   * {@code weeks} weeks later, then Atw art. 1 and 2 apply.
   */
  public LocalDate awbWeeks(LocalDate event, int weeks) {
    requireDate(event, "event");
    if (weeks < 1) {
      throw new IllegalArgumentException("An Awb period must be at least one week, not " + weeks);
    }
    return statutoryEnd(event.plusDays(1), event.plusWeeks(weeks));
  }

  /**
   * The last day of a statutory period that runs from {@code start} through {@code nominalEnd}
   * (both inclusive), after the Algemene termijnenwet: an end on a Saturday, Sunday or holiday
   * moves to the next working day (art. 1), and a period of at least three days is extended until
   * it contains two working days (art. 2).
   */
  public LocalDate statutoryEnd(LocalDate start, LocalDate nominalEnd) {
    requireDate(start, "start");
    requireDate(nominalEnd, "nominalEnd");
    if (nominalEnd.isBefore(start)) {
      throw new IllegalArgumentException(
          "A period cannot end (" + nominalEnd + ") before it starts (" + start + ")");
    }
    LocalDate end = nextWorkingDayFrom(nominalEnd);
    long length = ChronoUnit.DAYS.between(start, nominalEnd) + 1;
    if (length >= ATW_ART2_MIN_DAYS) {
      LocalDate secondWorkingDay = addWorkingDays(start.minusDays(1), ATW_ART2_WORKING_DAYS);
      if (secondWorkingDay.isAfter(end)) {
        end = secondWorkingDay;
      }
    }
    return end;
  }

  /**
   * The last day of a period suspended under Awb 4:15: it moves later by the number of suspended
   * days, then Atw art. 1 applies again.
   *
   * <p>Awb 4:15 suspends the period from the day after the applicant was asked to complete the
   * request until ("tot", exclusive) the day the request was completed or the completion period
   * lapsed. So {@code suspendedFrom} is the first suspended day (the day after the request was
   * sent) and {@code resumedOn} the day the period runs again (the day of completion); the number
   * of suspended days is the number of days between them. Pass the period's own end, not an end
   * that Atw already moved, where it is known: Atw applies to the end after suspension.
   */
  public LocalDate suspend(LocalDate end, LocalDate suspendedFrom, LocalDate resumedOn) {
    requireDate(end, "end");
    requireDate(suspendedFrom, "suspendedFrom");
    requireDate(resumedOn, "resumedOn");
    if (resumedOn.isBefore(suspendedFrom)) {
      throw new IllegalArgumentException(
          "A suspension cannot end (" + resumedOn + ") before it starts (" + suspendedFrom + ")");
    }
    if (suspendedFrom.isAfter(end)) {
      throw new IllegalArgumentException(
          "A period that ended on " + end + " cannot be suspended from " + suspendedFrom);
    }
    long suspendedDays = ChronoUnit.DAYS.between(suspendedFrom, resumedOn);
    return nextWorkingDayFrom(end.plusDays(suspendedDays));
  }

  private LocalDate nextWorkingDayFrom(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static void requireDate(LocalDate date, String name) {
    if (date == null) {
      throw new IllegalArgumentException("The date '" + name + "' is missing");
    }
  }
}
