package nl.werkstroom.dashboard.rollup;

import java.time.LocalDate;
import java.util.Comparator;

/** The primary key of a row of {@code ws_dash_gestart}; ordered so that every writer locks rows in the same order. */
record GestartSleutel(String proces, String gemeente, LocalDate week) implements Comparable<GestartSleutel> {

  private static final Comparator<GestartSleutel> ORDER = Comparator.comparing(GestartSleutel::proces)
      .thenComparing(GestartSleutel::gemeente)
      .thenComparing(GestartSleutel::week);

  @Override
  public int compareTo(GestartSleutel other) {
    return ORDER.compare(this, other);
  }
}
