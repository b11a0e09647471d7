package nl.werkstroom.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator's account, created at start when it does not exist yet
 * ({@code werkstroom.admin.*}). Required in production, where there are no demo users.
 */
@ConfigurationProperties("werkstroom.admin")
public record AdminProperties(
    @DefaultValue("admin") String username,
    String password,
    @DefaultValue("Functioneel") String firstName,
    @DefaultValue("Beheerder") String lastName,
    String email) {
}
