package nl.werkstroom.dashboard.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler, which refreshes the Prometheus snapshot ({@link ProcesMetrics}). */
@Configuration
@EnableScheduling
class MetricsScheduling {
}
