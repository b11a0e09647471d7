package nl.werkstroom.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchHolidaysTest {

  private static final String HOLIDAYS_CSV = "/deadline/atw-holidays-2024-2032.csv";

  private final DutchHolidays holidays = holidays();

  static DutchHolidays holidays(LocalDate... bridgingDays) {
    return new DutchHolidays(new DeadlineProperties(ZoneId.of("Europe/Amsterdam"), List.of(bridgingDays)));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvFileSource(resources = HOLIDAYS_CSV, useHeadersInDisplayName = true)
  void everyAtwHolidayFrom2024To2032(LocalDate date, String name, DayOfWeek weekday) {
    assertThat(date.getDayOfWeek()).as("weekday in the table").isEqualTo(weekday);
    assertThat(holidays.isHoliday(date)).isTrue();
    assertThat(holidays.holidayName(date)).contains(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032})
  void aYearHasExactlyTheHolidaysOfTheTable(int year) throws Exception {
    List<LocalDate> expected;
    try (var lines = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream(HOLIDAYS_CSV), StandardCharsets.UTF_8)).lines()) {
      expected = lines.filter(line -> line.startsWith(year + "-"))
          .map(line -> LocalDate.parse(line.substring(0, 10)))
          .toList();
    }
    assertThat(expected).hasSize(9);
    assertThat(holidays.holidaysIn(year)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "Easter {1}")
  @CsvSource({
      "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
      "2029, 2029-04-01", "2030, 2030-04-21", "2031, 2031-04-13", "2032, 2032-03-28",
      // outside the range of the table, as a check on the algorithm's edge cases
      "2038, 2038-04-25", "2285, 2285-03-22", "2019, 2019-04-21", "2049, 2049-04-18"
  })
  void easterSundayByTheAnonymousGregorianAlgorithm(int year, LocalDate easter) {
    assertThat(DutchHolidays.easterSunday(year)).isEqualTo(easter);
  }

  @ParameterizedTest(name = "{0}: Koningsdag {1}")
  @CsvSource({
      "2014, 2014-04-26", "2024, 2024-04-27", "2025, 2025-04-26", "2026, 2026-04-27", "2030, 2030-04-27",
      "2031, 2031-04-26", "2036, 2036-04-26", "2037, 2037-04-27"
  })
  void koningsdagMovesTo26AprilWhen27AprilIsASunday(int year, LocalDate kingsDay) {
    assertThat(holidays.holidayName(kingsDay)).contains("Koningsdag");
    assertThat(holidays.holidaysIn(year)).contains(kingsDay);
    if (kingsDay.getDayOfMonth() == 26) {
      assertThat(kingsDay.plusDays(1).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(holidays.isHoliday(kingsDay.plusDays(1))).as("27 April is no holiday then").isFalse();
    }
  }

  @Test
  void koningsdagIsOn26AprilExactlyInTheYearsWhere27AprilIsASunday() {
    IntStream.rangeClosed(2014, 2100).forEach(year -> {
      LocalDate april27 = LocalDate.of(year, 4, 27);
      boolean sunday = april27.getDayOfWeek() == DayOfWeek.SUNDAY;
      assertThat(DutchHolidays.kingsDay(year)).as("Koningsdag %d", year)
          .isEqualTo(sunday ? april27.minusDays(1) : april27);
    });
  }

  @ParameterizedTest(name = "{0} ({1}) is no holiday")
  @CsvSource({
      "2025-04-20, Eerste Paasdag is a Sunday, not an Atw holiday of its own",
      "2025-06-08, Eerste Pinksterdag likewise",
      "2025-04-17, Witte Donderdag",
      "2025-12-24, Kerstavond",
      "2025-12-31, Oudejaarsdag",
      "2025-04-27, 27 April when Koningsdag moved to the 26th",
      "2025-05-30, the Friday after Ascension without a decree",
      "2026-02-16, Carnival Monday"
  })
  void ordinaryDaysAreNoHolidays(LocalDate date, String why) {
    assertThat(holidays.isHoliday(date)).isFalse();
    assertThat(holidays.holidayName(date)).isEmpty();
  }

  @Test
  void bevrijdingsdagIsAHolidayEveryYear() {
    IntStream.rangeClosed(2024, 2040).forEach(year ->
        assertThat(holidays.holidayName(LocalDate.of(year, 5, 5))).as("5 May %d", year).contains("Bevrijdingsdag"));
  }

  @Test
  void bridgingDaysFromConfigurationAreHolidaysInTheirOwnYear() {
    DutchHolidays withDecree = holidays(LocalDate.of(2026, 5, 15), LocalDate.of(2027, 12, 31));

    assertThat(withDecree.isHoliday(LocalDate.of(2026, 5, 15))).isTrue();
    assertThat(withDecree.holidayName(LocalDate.of(2026, 5, 15))).contains("Bij koninklijk besluit gelijkgestelde dag");
    assertThat(withDecree.holidaysIn(2026)).hasSize(10).contains(LocalDate.of(2026, 5, 15))
        .doesNotContain(LocalDate.of(2027, 12, 31)).isSorted();
    assertThat(withDecree.holidaysIn(2027)).hasSize(10).last().isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 15))).as("without the decree").isFalse();
  }

  @Test
  void aBridgingDayOnAHolidayCountsOnceWithBothNames() {
    DutchHolidays withDecree = holidays(LocalDate.of(2026, 12, 25));

    assertThat(withDecree.holidaysIn(2026)).hasSize(9).doesNotHaveDuplicates();
    assertThat(withDecree.holidayName(LocalDate.of(2026, 12, 25)))
        .contains("Eerste Kerstdag en Bij koninklijk besluit gelijkgestelde dag");
  }

  @Test
  void holidaysOfAYearCannotBeChangedByTheCaller() {
    List<LocalDate> days = holidays.holidaysIn(2026);
    assertThatThrownBy(() -> days.add(LocalDate.of(2026, 1, 2)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void yearsBeforeTheFirstKoningsdagAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> holidays.isHoliday(LocalDate.of(2013, 4, 30)))
        .withMessageContaining("2014").withMessageContaining("2013");
    assertThatIllegalArgumentException().isThrownBy(() -> holidays.holidaysIn(2000));
  }

  @Test
  void namesAreDutch() {
    assertThat(holidays.holidaysIn(2026).stream().map(day -> holidays.holidayName(day).orElseThrow()))
        .containsExactly("Nieuwjaarsdag", "Goede Vrijdag", "Tweede Paasdag", "Koningsdag", "Bevrijdingsdag",
            "Hemelvaartsdag", "Tweede Pinksterdag", "Eerste Kerstdag", "Tweede Kerstdag");
  }
}
