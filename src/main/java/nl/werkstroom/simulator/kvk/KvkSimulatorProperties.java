package nl.werkstroom.simulator.kvk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The KVK simulator's settings, {@code werkstroom.simulators.kvk.*}: the API key it accepts in the
 * {@code apikey} header (demo default in {@code config/kvk.yaml}, equal to the client's).
 */
@ConfigurationProperties("werkstroom.simulators.kvk")
public record KvkSimulatorProperties(String apiKey) {
}
