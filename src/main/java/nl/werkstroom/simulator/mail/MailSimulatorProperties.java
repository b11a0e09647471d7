package nl.werkstroom.simulator.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mail simulator's settings, {@code werkstroom.simulators.mail.*}: the port of its SMTP server
 * (on this machine only; 0 is any free port) and the domain whose recipients it refuses, so that a
 * refused address can be tried out.
 */
@ConfigurationProperties("werkstroom.simulators.mail")
public record MailSimulatorProperties(
    @DefaultValue("2525") int smtpPort,
    @DefaultValue("onbestelbaar.example") String refusedDomain) {
}
