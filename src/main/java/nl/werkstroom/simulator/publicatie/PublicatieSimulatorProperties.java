package nl.werkstroom.simulator.publicatie;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publication simulator: {@code werkstroom.simulators.publicatie.*}. The bearer tokens it
 * accepts and how long after submission a text appears ({@code publication-delay}, 5 s in the demo).
 */
@ConditionalOnProperty("werkstroom.simulators.enabled")
@ConfigurationProperties("werkstroom.simulators.publicatie")
public record PublicatieSimulatorProperties(
    @DefaultValue List<String> tokens,
    @DefaultValue("5s") Duration publicationDelay) {
}
