package nl.werkstroom.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

  private final DeadlineCalculator calculator = new DeadlineCalculator(DutchHolidaysTest.holidays());

  @ParameterizedTest(name = "{0} + {1} working days = {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # from     | days | expected   | why
      2025-03-05 | 0    | 2025-03-05 | zero days is the day itself
      2025-03-05 | 1    | 2025-03-06 | Wednesday to Thursday
      2025-03-07 | 1    | 2025-03-10 | Friday over the weekend to Monday
      2025-03-06 | 2    | 2025-03-10 | Thursday: Friday, then Monday
      2025-03-08 | 1    | 2025-03-10 | from a Saturday
      2025-03-09 | 1    | 2025-03-10 | from a Sunday
      2025-03-10 | 5    | 2025-03-17 | a working week
      2025-12-24 | 1    | 2025-12-29 | Christmas Thursday and Friday, then the weekend
      2025-12-24 | 3    | 2025-12-31 | Monday 29, Tuesday 30, Wednesday 31
      2025-12-24 | 4    | 2026-01-02 | over Nieuwjaarsdag
      2027-12-24 | 1    | 2027-12-27 | Christmas on a weekend gives no day off in lieu
      2025-04-17 | 1    | 2025-04-22 | Good Friday, Easter weekend, Easter Monday
      2025-04-17 | 2    | 2025-04-23 | over Easter
      2026-04-02 | 1    | 2026-04-07 | over Easter 2026
      2025-05-28 | 1    | 2025-05-30 | over Ascension Day
      2025-05-28 | 2    | 2025-06-02 | over Ascension Day and the weekend
      2026-05-13 | 1    | 2026-05-15 | the Friday after Ascension is a working day without a decree
      2025-06-06 | 1    | 2025-06-10 | over Whit Monday
      2025-04-25 | 1    | 2025-04-28 | Koningsdag 2025 on Saturday 26 April
      2026-04-24 | 1    | 2026-04-28 | Koningsdag 2026 on Monday 27 April
      2026-05-04 | 1    | 2026-05-06 | Bevrijdingsdag on Tuesday 5 May
      2025-12-31 | 1    | 2026-01-02 | over the turn of the year
      """)
  void addsWorkingDays(LocalDate from, int days, LocalDate expected, String why) {
    assertThat(calculator.addWorkingDays(from, days)).isEqualTo(expected);
  }

  @Test
  void aConfiguredBridgingDayIsSkipped() {
    DeadlineCalculator withDecree =
        new DeadlineCalculator(DutchHolidaysTest.holidays(LocalDate.of(2026, 5, 15)));

    assertThat(withDecree.addWorkingDays(LocalDate.of(2026, 5, 13), 1)).isEqualTo(LocalDate.of(2026, 5, 18));
    assertThat(withDecree.isWorkingDay(LocalDate.of(2026, 5, 15))).isFalse();
  }

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
      "2025-03-05, true", "2025-03-08, false", "2025-03-09, false",
      "2025-04-18, false", "2025-05-05, false", "2025-12-24, true"
  })
  void tellsWorkingDays(LocalDate date, boolean workingDay) {
    assertThat(calculator.isWorkingDay(date)).isEqualTo(workingDay);
  }

  @ParameterizedTest(name = "{1} weeks after {0} = {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # event    | weeks | expected   | why
      2025-01-06 | 6     | 2025-02-17 | Monday to Monday six weeks later (Awb 6:7, 6:8)
      2025-03-01 | 6     | 2025-04-14 | ends on Saturday 12 April: Monday (Atw art. 1)
      2025-03-02 | 6     | 2025-04-14 | ends on Sunday 13 April: Monday
      2025-11-13 | 6     | 2025-12-29 | ends on Eerste Kerstdag: past Tweede Kerstdag and the weekend
      2025-04-17 | 6     | 2025-05-30 | ends on Hemelvaartsdag: Friday
      2026-03-16 | 6     | 2026-04-28 | ends on Koningsdag: Tuesday
      2026-02-23 | 6     | 2026-04-07 | ends on Tweede Paasdag
      2027-02-12 | 6     | 2027-03-30 | ends on Goede Vrijdag: past Easter Monday
      2025-03-03 | 8     | 2025-04-28 | decision period (Awb 4:13)
      2026-03-10 | 8     | 2026-05-06 | decision period ending on Bevrijdingsdag
      2025-10-02 | 12    | 2025-12-29 | objection with an advisory committee ending on Christmas
      2025-03-05 | 1     | 2025-03-12 | one week
      """)
  void awbWeeks(LocalDate event, int weeks, LocalDate expected, String why) {
    assertThat(calculator.awbWeeks(event, weeks)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}..{1} ends {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # start    | nominal end | expected   | why
      2025-03-03 | 2025-03-05  | 2025-03-05 | three working days: nothing to extend
      2025-03-05 | 2025-03-05  | 2025-03-05 | a one-day period on a working day
      2025-03-07 | 2025-03-09  | 2025-03-10 | Friday to Sunday: art. 1 gives Monday, which makes two working days
      2025-04-18 | 2025-04-20  | 2025-04-23 | Good Friday to Easter Sunday: art. 1 gives Tuesday, art. 2 Wednesday
      2025-04-19 | 2025-04-22  | 2025-04-23 | ends on a working day with only one working day in it: art. 2
      2025-12-25 | 2025-12-27  | 2025-12-30 | Christmas to Saturday: art. 2 beyond art. 1
      2025-06-07 | 2025-06-09  | 2025-06-11 | Whitsun weekend: art. 2
      2027-12-24 | 2027-12-26  | 2027-12-27 | Friday and Monday make two working days
      2025-04-19 | 2025-04-20  | 2025-04-22 | two days: art. 2 does not apply, art. 1 does
      2025-04-20 | 2025-04-20  | 2025-04-22 | one day on Easter Sunday: art. 1 only
      """)
  void statutoryEndAppliesAtwArticlesOneAndTwo(LocalDate start, LocalDate nominalEnd, LocalDate expected, String why) {
    assertThat(calculator.statutoryEnd(start, nominalEnd)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} suspended {1}..{2} = {3}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # end      | from       | resumed on | expected   | why
      2025-05-12 | 2025-04-02 | 2025-04-16 | 2025-05-26 | fourteen days later, a Monday
      2025-05-12 | 2025-04-02 | 2025-04-02 | 2025-05-12 | completed the day after the request: nothing suspended
      2025-05-19 | 2025-04-01 | 2025-04-11 | 2025-05-30 | ten days later is Ascension Day: Friday (Atw art. 1)
      2025-03-14 | 2025-03-03 | 2025-03-04 | 2025-03-17 | one day later is a Saturday: Monday
      2025-03-14 | 2025-03-14 | 2025-03-21 | 2025-03-21 | suspended from the last day of the period
      """)
  void suspensionMovesTheEndByTheSuspendedDays(
      LocalDate end, LocalDate from, LocalDate resumedOn, LocalDate expected, String why) {
    assertThat(calculator.suspend(end, from, resumedOn)).isEqualTo(expected);
  }

  @Test
  void aSuspendedAwbPeriod() {
    // Received Monday 3 March 2025, eight weeks: Monday 28 April. Asked to complete on Tuesday 1 April,
    // completed on Tuesday 15 April: suspended 2..14 April, thirteen days.
    LocalDate end = calculator.awbWeeks(LocalDate.of(2025, 3, 3), 8);
    LocalDate requestSent = LocalDate.of(2025, 4, 1);

    LocalDate suspended = calculator.suspend(end, requestSent.plusDays(1), LocalDate.of(2025, 4, 15));

    assertThat(end).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(suspended).isEqualTo(LocalDate.of(2025, 5, 12)); // 28 April + 13 = Sunday 11 May: Monday
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.addWorkingDays(LocalDate.of(2025, 3, 5), -1))
        .withMessage("The number of working days must be zero or more, not -1");
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.awbWeeks(LocalDate.of(2025, 3, 5), -6))
        .withMessage("An Awb period must be at least one week, not -6");
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.awbWeeks(LocalDate.of(2025, 3, 5), 0))
        .withMessage("An Awb period must be at least one week, not 0");
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItStarts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calculator.statutoryEnd(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 4)))
        .withMessage("A period cannot end (2025-03-04) before it starts (2025-03-05)");
  }

  @Test
  void rejectsASuspensionThatEndsBeforeItStarts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calculator.suspend(
            LocalDate.of(2025, 5, 12), LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 9)))
        .withMessage("A suspension cannot end (2025-04-09) before it starts (2025-04-10)");
  }

  @Test
  void rejectsASuspensionOfAPeriodThatHadEnded() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calculator.suspend(
            LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 20)))
        .withMessage("A period that ended on 2025-05-12 cannot be suspended from 2025-05-13");
  }

  @Test
  void rejectsMissingDates() {
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.addWorkingDays(null, 2))
        .withMessage("The date 'from' is missing");
    assertThatIllegalArgumentException().isThrownBy(() -> calculator.awbWeeks(null, 6))
        .withMessage("The date 'event' is missing");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calculator.suspend(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 4, 2), null))
        .withMessage("The date 'resumedOn' is missing");
  }
}
