package nl.werkstroom.simulator.brp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The BRP simulator's settings, {@code werkstroom.simulators.brp.*}: the API key it accepts in the
 * {@code X-API-KEY} header (demo default in {@code config/brp.yaml}, equal to the client's).
 */
@ConfigurationProperties("werkstroom.simulators.brp")
public record BrpSimulatorProperties(String apiKey) {
}
