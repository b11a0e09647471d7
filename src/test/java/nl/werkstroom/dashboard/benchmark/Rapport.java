package nl.werkstroom.dashboard.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints the figures: environment, load times, row counts, and p50/p95/max per request. */
final class Rapport {

  /** The target for every dashboard request. */
  static final double DOEL_P95_MS = 300;

  private final PrintStream out;

  Rapport(PrintStream out) {
    this.out = out;
  }

  void druk(Lading.Uitslag lading, List<Meter.Meting> metingen, String omgeving) {
    out.println();
    out.println("=== Dashboard benchmark: " + omgeving + " ===");
    if (lading.eerdereLading() != null) {
      out.println("Data: " + lading.eerdereLading() + " (not loaded in this run)");
    } else {
      out.println();
      out.println("Load (set-based SQL)");
      lading.laadtijdenMs().forEach((stap, ms) -> out.printf("  %-48s %8.1f s%n", stap, ms / 1000.0));
    }
    out.println();
    out.println("Rows");
    for (Map.Entry<String, Long> tabel : lading.rijen().entrySet()) {
      out.printf("  %-48s %,12d%n", tabel.getKey(), tabel.getValue());
    }
    out.println();
    out.println("Requests over HTTP, one at a time after a warm-up (ms, wall clock to the last byte)");
    String format = "%-56s %-8s %5s %8s %8s %8s %9s %s%n";
    out.printf(format, "request", "user", "n", "p50", "p95", "max", "bytes", "");
    out.println("-".repeat(108));
    int gemist = 0;
    for (Meter.Meting meting : metingen) {
      boolean dashboard = meting.pad().startsWith("/api/dashboard");
      if (meting.millis().isEmpty()) {
        out.printf(format, meting.naam(), meting.gebruiker(), "0", "-", "-", "-", meting.bytes(),
            "HTTP " + meting.status());
        gemist += dashboard ? 1 : 0;
        continue;
      }
      double p95 = meting.percentiel(95);
      boolean teTraag = dashboard && p95 >= DOEL_P95_MS;
      gemist += teTraag ? 1 : 0;
      out.printf(format, meting.naam(), meting.gebruiker(), meting.millis().size(),
          String.format("%.1f", meting.percentiel(50)), String.format("%.1f", p95),
          String.format("%.1f", meting.maximum()), meting.bytes(),
          (meting.status() != 200 ? "HTTP " + meting.status() + " " : "") + (teTraag ? "MISSES 300 ms" : ""));
    }
    out.println("-".repeat(108));
    out.printf("Dashboard requests at or over %.0f ms at p95 (or failing): %d%n", DOEL_P95_MS, gemist);
  }
}
