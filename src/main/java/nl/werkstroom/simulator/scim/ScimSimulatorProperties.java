package nl.werkstroom.simulator.scim;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SCIM simulator's settings, {@code werkstroom.simulators.scim.*}: the bearer token it accepts
 * (the demo default in config/scim.yaml matches the client's). Without a token it accepts nothing.
 */
@ConfigurationProperties("werkstroom.simulators.scim")
public record ScimSimulatorProperties(String token) {
}
