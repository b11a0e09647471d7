package nl.werkstroom.dashboard.metrics;

import java.util.Map;

/**
 * The process figures at one moment, for all tenants: what the gauges show until the next refresh.
 * Immutable, so a scrape reads a consistent set while the next one is being made.
 */
record Momentopname(
    Map<Labels, Long> lopend,
    Map<Labels, Long> takenOpen,
    Map<Labels, Long> takenTeLaat,
    Map<Labels, Long> incidenten,
    Map<Labels, Afgerond> afgerond) {

  static final Momentopname LEEG = new Momentopname(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  /** Completed instances and the sum of their durations, all time. */
  record Afgerond(long aantal, long duurMsSom) {
    static final Afgerond GEEN = new Afgerond(0, 0);
  }

  Momentopname {
    lopend = Map.copyOf(lopend);
    takenOpen = Map.copyOf(takenOpen);
    takenTeLaat = Map.copyOf(takenTeLaat);
    incidenten = Map.copyOf(incidenten);
    afgerond = Map.copyOf(afgerond);
  }

  Afgerond afgerond(Labels labels) {
    return afgerond.getOrDefault(labels, Afgerond.GEEN);
  }
}
