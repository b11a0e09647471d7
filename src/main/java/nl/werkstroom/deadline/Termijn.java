package nl.werkstroom.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Legal deadlines for process models, e.g. {@code camunda:dueDate="${termijn.werkdagen(2)}"} on a
 * user task or {@code ${termijn.wekenNa(verzonden, 6)}} as a timer date. The method names are Dutch
 * because process owners read them.
 *
 * <p>Each method returns the end of the deadline's last day (23:59:59 in the configured zone): a
 * legal period runs to the end of its last day. "Today" is the engine's clock ({@link ClockUtil}),
 * so process tests can move time. Dates may be given as a {@link Date}, a {@link LocalDate} or an
 * ISO-8601 string.
 */
@Component("termijn")
public class Termijn {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final DeadlineCalculator calculator;
  private final ZoneId zone;
  private final DateInput input;

  public Termijn(DeadlineCalculator calculator, DeadlineProperties properties) {
    this.calculator = calculator;
    this.zone = properties.zone();
    this.input = new DateInput(zone);
  }

  /** {@code n} working days from today (today does not count). */
  public Date werkdagen(int n) {
    return endOf(calculator.addWorkingDays(today(), n));
  }

  /** An Awb period of {@code n} weeks starting tomorrow, with the Algemene termijnenwet applied. */
  public Date weken(int n) {
    return endOf(calculator.awbWeeks(today(), n));
  }

  /** {@code n} working days after {@code datum} ({@code datum} itself does not count). */
  public Date werkdagenNa(Object datum, int n) {
    return endOf(calculator.addWorkingDays(input.toLocalDate(datum, "datum"), n));
  }

  /**
   * An Awb period of {@code n} weeks after the event on {@code datum} (sending, publication,
   * receipt), with the Algemene termijnenwet applied.
   */
  public Date wekenNa(Object datum, int n) {
    return endOf(calculator.awbWeeks(input.toLocalDate(datum, "datum"), n));
  }

  /**
   * The end {@code einde} moved later by a suspension under Awb 4:15: {@code vanaf} is the first
   * suspended day (the day after the request to complete was sent), {@code tot} the day the period
   * runs again (the day the request was completed or the completion period lapsed).
   */
  public Date opgeschort(Object einde, Object vanaf, Object tot) {
    return endOf(calculator.suspend(
        input.toLocalDate(einde, "einde"), input.toLocalDate(vanaf, "vanaf"), input.toLocalDate(tot, "tot")));
  }

  private LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  private Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(zone).toInstant());
  }
}
