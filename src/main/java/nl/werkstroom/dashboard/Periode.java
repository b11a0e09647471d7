package nl.werkstroom.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.werkstroom.api.ApiFout;
import nl.werkstroom.dashboard.rollup.IsoWeek;

/**
 * The weeks a manager looks at. The figures are kept per ISO week, so a period is read in whole
 * weeks: every week whose Monday lies between the Mondays of {@code van} and {@code tot}
 * (inclusive). Without dates it is the last {@code standaardWeken} weeks up to today.
 */
public record Periode(LocalDate van, LocalDate tot) {

  /** Longer periods are refused: a manager compares years, and the answer stays small. */
  static final int MAXIMUM_JAREN = 5;

  public Periode {
    if (van.isAfter(tot)) {
      throw new IllegalArgumentException("van after tot");
    }
  }

  /**
   * The period of a request: parsed and checked, refused with a Dutch 400 when a date is not a date,
   * {@code van} lies after {@code tot} or the period spans more than five years.
   */
  public static Periode uit(String van, String tot, LocalDate vandaag, int standaardWeken) {
    LocalDate totDatum = isLeeg(tot) ? vandaag : datum("tot", tot);
    LocalDate vanDatum = isLeeg(van)
        ? IsoWeek.maandag(totDatum).minusWeeks(standaardWeken - 1L)
        : datum("van", van);
    if (vanDatum.isAfter(totDatum)) {
      throw ApiFout.ongeldigVeld("van", "De periode begint na het einde: 'van' (" + vanDatum
          + ") ligt na 'tot' (" + totDatum + ").");
    }
    if (vanDatum.plusYears(MAXIMUM_JAREN).isBefore(totDatum)) {
      throw ApiFout.ongeldigVeld("van", "De periode is langer dan " + MAXIMUM_JAREN
          + " jaar. Kies een kortere periode.");
    }
    return new Periode(vanDatum, totDatum);
  }

  /** The default period ending today. */
  public static Periode standaard(LocalDate vandaag, int standaardWeken) {
    return uit(null, null, vandaag, standaardWeken);
  }

  /** The Monday of the first week. */
  public LocalDate eersteWeek() {
    return IsoWeek.maandag(van);
  }

  /** The Monday of the last week. */
  public LocalDate laatsteWeek() {
    return IsoWeek.maandag(tot);
  }

  /** The Mondays of every week of the period, oldest first. */
  public List<LocalDate> weken() {
    long aantal = ChronoUnit.WEEKS.between(eersteWeek(), laatsteWeek()) + 1;
    List<LocalDate> weken = new ArrayList<>((int) aantal);
    for (LocalDate week = eersteWeek(); !week.isAfter(laatsteWeek()); week = week.plusWeeks(1)) {
      weken.add(week);
    }
    return weken;
  }

  private static boolean isLeeg(String waarde) {
    return waarde == null || waarde.isBlank();
  }

  private static LocalDate datum(String veld, String waarde) {
    try {
      return LocalDate.parse(waarde.strip());
    } catch (DateTimeParseException e) {
      throw ApiFout.ongeldigVeld(veld, "'" + veld + "' is geen datum. Schrijf de datum als jjjj-mm-dd, "
          + "bijvoorbeeld 2026-01-05.");
    }
  }
}
