package nl.werkstroom.dashboard.rollup;

import java.time.LocalDate;
import java.util.Comparator;

/** The primary key of a row of {@code ws_dash_duur}; ordered so that every writer locks rows in the same order. */
record DuurSleutel(String proces, String gemeente, Meting meting, String onderdeel, LocalDate week, int duurUren,
    int opTijd) implements Comparable<DuurSleutel> {

  private static final Comparator<DuurSleutel> ORDER = Comparator.comparing(DuurSleutel::proces)
      .thenComparing(DuurSleutel::gemeente)
      .thenComparing(sleutel -> sleutel.meting().code())
      .thenComparing(DuurSleutel::onderdeel)
      .thenComparing(DuurSleutel::week)
      .thenComparingInt(DuurSleutel::duurUren)
      .thenComparingInt(DuurSleutel::opTijd);

  @Override
  public int compareTo(DuurSleutel other) {
    return ORDER.compare(this, other);
  }
}
