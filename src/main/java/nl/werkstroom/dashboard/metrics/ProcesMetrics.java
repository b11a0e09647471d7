package nl.werkstroom.dashboard.metrics;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.werkstroom.dashboard.DashboardKlok;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Werkstroom's process figures for Prometheus ({@code /actuator/prometheus}), labelled by process
 * and tenant: running instances, open and overdue tasks, open incidents (gauges), and completed
 * instances with their total duration (a function timer, so Prometheus computes rates and mean
 * lead times). Every value comes from one snapshot refreshed on a schedule
 * ({@code werkstroom.dashboard.metrics.verversen}): a scrape, however frequent, never queries the
 * database.
 */
@Component
class ProcesMetrics {

  static final String VOLTOOID = "werkstroom.process.instances.completed";
  private static final Logger log = LoggerFactory.getLogger(ProcesMetrics.class);

  private final MeterRegistry registry;
  private final MomentopnameQuery query;
  private final DashboardKlok klok;
  private final AtomicReference<Momentopname> laatste = new AtomicReference<>(Momentopname.LEEG);
  private final MultiGauge lopend;
  private final MultiGauge takenOpen;
  private final MultiGauge takenTeLaat;
  private final MultiGauge incidenten;
  /** Every process and tenant that had a figure since the start. */
  private final Set<Labels> bekend = ConcurrentHashMap.newKeySet();
  /** The label sets that have a completed-timer; held here, since Micrometer keeps only a weak reference. */
  private final Set<Labels> voltooidGeregistreerd = ConcurrentHashMap.newKeySet();

  ProcesMetrics(MeterRegistry registry, MomentopnameQuery query, DashboardKlok klok) {
    this.registry = registry;
    this.query = query;
    this.klok = klok;
    this.lopend = MultiGauge.builder("werkstroom.process.instances.running")
        .description("Lopende procesinstanties (zaken) per proces en gemeente").register(registry);
    this.takenOpen = MultiGauge.builder("werkstroom.tasks.open")
        .description("Open taken per proces en gemeente").register(registry);
    this.takenTeLaat = MultiGauge.builder("werkstroom.tasks.overdue")
        .description("Open taken voorbij hun vervaldatum per proces en gemeente").register(registry);
    this.incidenten = MultiGauge.builder("werkstroom.incidents.open")
        .description("Open incidenten per proces en gemeente").register(registry);
  }

  /** Takes a new snapshot; on a database failure the previous values stay, and the next refresh tries again. */
  @Scheduled(fixedDelayString = "${werkstroom.dashboard.metrics.verversen:PT30S}")
  void ververs() {
    try {
      toon(query.maak(klok.nu()));
    } catch (DataAccessException e) {
      log.warn("Process metrics not refreshed: {}", e.getMostSpecificCause().toString());
    }
  }

  void toon(Momentopname momentopname) {
    laatste.set(momentopname);
    bekend.addAll(momentopname.lopend().keySet());
    bekend.addAll(momentopname.takenOpen().keySet());
    bekend.addAll(momentopname.incidenten().keySet());
    bekend.addAll(momentopname.afgerond().keySet());
    zet(lopend, momentopname.lopend());
    zet(takenOpen, momentopname.takenOpen());
    zet(takenTeLaat, momentopname.takenTeLaat());
    zet(incidenten, momentopname.incidenten());
    for (Labels labels : momentopname.afgerond().keySet()) {
      if (voltooidGeregistreerd.add(labels)) {
        FunctionTimer.builder(VOLTOOID, labels,
                l -> laatste.get().afgerond(l).aantal(),
                l -> laatste.get().afgerond(l).duurMsSom(), TimeUnit.MILLISECONDS)
            .description("Afgeronde procesinstanties en hun doorlooptijd, per proces en gemeente")
            .tags(labels.tags())
            .register(registry);
      }
    }
  }

  /**
   * Every process and tenant seen so far gets a row, 0 when it has nothing open now: a series that
   * vanished would look like missing data in Grafana instead of "no open tasks".
   */
  private void zet(MultiGauge gauge, Map<Labels, Long> waarden) {
    gauge.register(bekend.stream()
        .map(labels -> Row.of(labels.tags(), waarden.getOrDefault(labels, 0L)))
        .toList(), true);
  }
}
