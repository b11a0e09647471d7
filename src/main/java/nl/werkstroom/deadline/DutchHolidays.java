package nl.werkstroom.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The recognised holidays of the Algemene termijnenwet (art. 3), Good Friday (equated by decree)
 * and the bridging days designated by royal decree from configuration.
 *
 * <p>Only years from 2014 are supported: that is the first year of Koningsdag on 27 April; earlier
 * years had Koninginnedag on other dates, and a silently wrong answer is worse than a clear error.
 */
@Component
public class DutchHolidays {

  /** The first year whose holidays this class knows (the first Koningsdag). */
  public static final int FIRST_YEAR = 2014;

  private static final String BRIDGING_DAY = "Bij koninklijk besluit gelijkgestelde dag";

  private final List<LocalDate> bridgingDays;
  private final Map<Integer, SortedMap<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  public DutchHolidays(DeadlineProperties properties) {
    this.bridgingDays = properties.bridgingDays();
  }

  public boolean isHoliday(LocalDate date) {
    return holidays(date.getYear()).containsKey(date);
  }

  /** The Dutch name of the holiday on this date; two names joined by " en " when they coincide. */
  public Optional<String> holidayName(LocalDate date) {
    return Optional.ofNullable(holidays(date.getYear()).get(date));
  }

  /** The holidays of one year in date order, each date once. */
  public List<LocalDate> holidaysIn(int year) {
    return List.copyOf(holidays(year).keySet());
  }

  private SortedMap<LocalDate, String> holidays(int year) {
    if (year < FIRST_YEAR) {
      throw new IllegalArgumentException(
          "Holidays are known from " + FIRST_YEAR + " (the first Koningsdag), not for " + year);
    }
    return byYear.computeIfAbsent(year, this::compute);
  }

  private SortedMap<LocalDate, String> compute(int year) {
    SortedMap<LocalDate, String> days = new TreeMap<>();
    LocalDate easter = easterSunday(year);
    add(days, LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag");
    add(days, easter.minusDays(2), "Goede Vrijdag");
    add(days, easter.plusDays(1), "Tweede Paasdag");
    add(days, kingsDay(year), "Koningsdag");
    add(days, LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag");
    add(days, easter.plusDays(39), "Hemelvaartsdag");
    add(days, easter.plusDays(50), "Tweede Pinksterdag");
    add(days, LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag");
    add(days, LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag");
    bridgingDays.stream().filter(day -> day.getYear() == year).forEach(day -> add(days, day, BRIDGING_DAY));
    return Collections.unmodifiableSortedMap(days);
  }

  private static void add(SortedMap<LocalDate, String> days, LocalDate date, String name) {
    days.merge(date, name, (first, second) -> first.equals(second) ? first : first + " en " + second);
  }

  /** Koningsdag: 27 April, or 26 April when the 27th is a Sunday. */
  static LocalDate kingsDay(int year) {
    LocalDate day = LocalDate.of(year, Month.APRIL, 27);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
  }

  /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
