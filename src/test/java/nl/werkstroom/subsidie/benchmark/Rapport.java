package nl.werkstroom.subsidie.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/**
 * Prints the benchmark's figures: throughput, and per automatic step its p50/p95 duration and the
 * engine's share of that time (the step's time minus the time spent waiting for backends).
 */
final class Rapport {

  private static final Set<String> AUTOMATISCHE_STAPPEN = Set.of("serviceTask", "businessRuleTask");
  private static final int PAGINA = 1000;

  private final HistoryService historyService;
  private final Metingen metingen;
  private final PrintStream out;

  Rapport(HistoryService historyService, Metingen metingen, PrintStream out) {
    this.historyService = historyService;
    this.metingen = metingen;
    this.out = out;
  }

  void druk(Werklast.Uitslag uitslag, String omgeving) {
    out.println();
    out.println("=== Subsidieaanvraag benchmark: " + omgeving + " ===");
    out.printf("Applications               %d (201 at once: %d, else 202)%n", uitslag.aantal(), uitslag.status201());
    out.printf("Wall clock                 %.1f s (first POST to last instance ended; posting took %.1f s)%n",
        uitslag.wandklok().toMillis() / 1000.0,
        java.time.Duration.between(uitslag.eersteAanvraag(), uitslag.laatsteAanvraag()).toMillis() / 1000.0);
    out.printf("Throughput                 %.2f applications/s%n", uitslag.aanvragenPerSeconde());
    out.printf("User tasks completed       %d; objection timers fired %d; backend calls timed %d%n",
        uitslag.afgerondeTaken(), uitslag.afgevuurdeTimers(), metingen.backendCalls());
    out.printf("Errors seen by the load    %d%s%n", uitslag.fouten().size(),
        uitslag.fouten().isEmpty() ? "" : " (first: " + uitslag.fouten().get(0) + ")");
    activiteiten();
    jobs();
  }

  /** ACT_HI_ACTINST: the duration of each service task and DMN task, inside its job. */
  private void activiteiten() {
    Map<String, List<Long>> duren = new TreeMap<>();
    Map<String, String> namen = new TreeMap<>();
    for (String type : AUTOMATISCHE_STAPPEN) {
      int eerste = 0;
      List<HistoricActivityInstance> pagina;
      do {
        pagina = historyService.createHistoricActivityInstanceQuery().activityType(type).finished()
            .orderByHistoricActivityInstanceId().asc().listPage(eerste, PAGINA);
        for (HistoricActivityInstance instance : pagina) {
          duren.computeIfAbsent(instance.getActivityId(), k -> new ArrayList<>())
              .add(instance.getDurationInMillis() == null ? 0 : instance.getDurationInMillis());
          namen.putIfAbsent(instance.getActivityId(), instance.getActivityName());
        }
        eerste += PAGINA;
      } while (pagina.size() == PAGINA);
    }
    out.println();
    out.println("Automatic steps (history ACT_HI_ACTINST, activity start to end inside the job)");
    String format = "%-36s %-40s %6s %8s %8s %10s %8s%n";
    out.printf(format, "activity", "name", "n", "p50 ms", "p95 ms", "backend ms", "engine %");
    out.println("-".repeat(122));
    long totaalStap = 0;
    long totaalBackend = 0;
    for (Map.Entry<String, List<Long>> stap : duren.entrySet()) {
      List<Long> millis = stap.getValue();
      long somStap = millis.stream().mapToLong(Long::longValue).sum();
      long somBackend = metingen.backendNanosVanActiviteit(stap.getKey()) / 1_000_000;
      totaalStap += somStap;
      totaalBackend += somBackend;
      out.printf(format, stap.getKey(), kort(namen.get(stap.getKey()), 40), millis.size(),
          percentiel(millis, 50), percentiel(millis, 95),
          String.format("%.1f", millis.isEmpty() ? 0.0 : (double) somBackend / millis.size()),
          aandeel(somStap, somBackend));
    }
    out.println("-".repeat(122));
    out.printf(format, "all automatic steps", "", "", "", "", totaalBackend + " tot", aandeel(totaalStap, totaalBackend));
  }

  /** Every job from its command's start to its commit, grouped by activity and kind; backend time per job. */
  private void jobs() {
    out.println();
    out.println("Jobs (command start to commit; 'after' on a start event is the zaak registration)");
    String format = "%-58s %6s %8s %8s %10s %8s %7s%n";
    out.printf(format, "job", "n", "p50 ms", "p95 ms", "backend ms", "engine %", "failed");
    out.println("-".repeat(112));
    long totaalJob = 0;
    long totaalBackend = 0;
    for (Map.Entry<String, List<Long>> job : metingen.jobDuren().entrySet()) {
      List<Long> millis = job.getValue().stream().map(nanos -> nanos / 1_000_000).toList();
      long somJob = job.getValue().stream().mapToLong(Long::longValue).sum() / 1_000_000;
      long somBackend = metingen.backendNanosVanJob(job.getKey()) / 1_000_000;
      totaalJob += somJob;
      totaalBackend += somBackend;
      out.printf(format, kort(job.getKey(), 58), millis.size(), percentiel(millis, 50), percentiel(millis, 95),
          String.format("%.1f", (double) somBackend / millis.size()), aandeel(somJob, somBackend),
          metingen.mislukt(job.getKey()));
    }
    out.println("-".repeat(112));
    out.printf(format, "all jobs", "", "", "", totaalBackend + " tot", aandeel(totaalJob, totaalBackend), "");
    long buiten = metingen.backendNanosVanJob(Metingen.BUITEN_JOB) / 1_000_000;
    out.printf("Backend time outside jobs (HTTP request threads): %d ms%n", buiten);
    metingen.mislukteJobs().forEach((sleutel, aantal) -> {
      if (!metingen.jobDuren().containsKey(sleutel)) {
        out.printf("Failed only: %s %d%n", sleutel, aantal.sum());
      }
    });
  }

  private static String percentiel(List<Long> waarden, int p) {
    if (waarden.isEmpty()) {
      return "-";
    }
    List<Long> gesorteerd = new ArrayList<>(waarden);
    Collections.sort(gesorteerd);
    int index = (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1;
    return String.valueOf(gesorteerd.get(Math.max(0, index)));
  }

  private static String aandeel(long totaal, long backend) {
    return totaal == 0 ? "-" : String.format("%.0f", 100.0 * (totaal - backend) / totaal);
  }

  private static String kort(String tekst, int lengte) {
    String waarde = tekst == null ? "" : tekst;
    return waarde.length() <= lengte ? waarde : waarde.substring(0, lengte - 1) + "…";
  }
}
