package nl.werkstroom.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import nl.werkstroom.dashboard.rollup.DuurKlasse;
import nl.werkstroom.dashboard.rollup.OpTijd;

/**
 * The durations of one measure for one process and municipality, as the rollup keeps them: counts
 * per duration class, and per class how many met their deadline. Percentiles are read here, and
 * only here, by nearest rank: the lower bound of the class in which the cumulative count reaches
 * the rank. Exact to the class width (an hour below two days, a day above).
 */
public final class Histogram {

  private final TreeMap<Integer, Long> perKlasse = new TreeMap<>();
  private final TreeMap<Integer, Long> onbekendPerKlasse = new TreeMap<>();
  private long aantal;
  private long opTijd;
  private long teLaat;

  /** Adds a row of {@code ws_dash_duur}: {@code aantal} durations in class {@code duurUren}. */
  public Histogram tel(int duurUren, int opTijdWaarde, long aantalInRij) {
    perKlasse.merge(duurUren, aantalInRij, Long::sum);
    aantal += aantalInRij;
    if (opTijdWaarde == OpTijd.OP_TIJD) {
      opTijd += aantalInRij;
    } else if (opTijdWaarde == OpTijd.TE_LAAT) {
      teLaat += aantalInRij;
    } else {
      onbekendPerKlasse.merge(duurUren, aantalInRij, Long::sum);
    }
    return this;
  }

  /** Adds another histogram's counts (the decisions of several activities of one process). */
  public Histogram voegToe(Histogram ander) {
    ander.perKlasse.forEach((klasse, aantalInKlasse) -> perKlasse.merge(klasse, aantalInKlasse, Long::sum));
    ander.onbekendPerKlasse.forEach((klasse, aantalInKlasse) -> onbekendPerKlasse.merge(klasse, aantalInKlasse, Long::sum));
    aantal += ander.aantal;
    opTijd += ander.opTijd;
    teLaat += ander.teLaat;
    return this;
  }

  public long aantal() {
    return aantal;
  }

  /** The class (hours) of the p-th percentile (0 &lt; p ≤ 1), or -1 when nothing was measured. */
  public int percentielUren(double p) {
    if (p <= 0 || p > 1) {
      throw new IllegalArgumentException("percentile must be in (0, 1]: " + p);
    }
    if (aantal == 0) {
      return -1;
    }
    long rang = (long) Math.ceil(p * aantal);
    long cumulatief = 0;
    for (Map.Entry<Integer, Long> klasse : perKlasse.entrySet()) {
      cumulatief += klasse.getValue();
      if (cumulatief >= rang) {
        return klasse.getKey();
      }
    }
    return perKlasse.lastKey();
  }

  /** The p-th percentile in days with one decimal; null when nothing was measured. */
  public BigDecimal percentielDagen(double p) {
    int uren = percentielUren(p);
    return uren < 0 ? null : DuurKlasse.inDagen(uren);
  }

  /**
   * How many were within the term: those measured on time, and of those measured without a deadline
   * those whose class lies below the configured term. Null when none can be judged.
   */
  public Long binnen(Duration termijn) {
    long binnen = opTijd;
    if (termijn != null) {
      long termijnMs = termijn.toMillis();
      for (Map.Entry<Integer, Long> klasse : onbekendPerKlasse.entrySet()) {
        if (klasse.getKey() * 3_600_000L < termijnMs) {
          binnen += klasse.getValue();
        }
      }
    }
    return beoordeeld(termijn) == 0 ? null : binnen;
  }

  /** How many can be judged against a deadline: all with a known deadline, and the rest when a term is configured. */
  public long beoordeeld(Duration termijn) {
    long onbekend = aantal - opTijd - teLaat;
    return opTijd + teLaat + (termijn == null ? 0 : onbekend);
  }

  /** The share within the term in percent with one decimal, or null when none can be judged. */
  public BigDecimal binnenPercentage(Duration termijn) {
    Long binnen = binnen(termijn);
    return binnen == null ? null : Getallen.percentage(binnen, beoordeeld(termijn));
  }
}
