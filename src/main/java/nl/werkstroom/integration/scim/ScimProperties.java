package nl.werkstroom.integration.scim;

import java.time.Duration;
import nl.werkstroom.integration.http.BackendConnection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The account directory that speaks SCIM 2.0 (RFC 7643/7644): {@code werkstroom.integration.scim.*}.
 * One directory for the whole organisation, reached with a bearer token that the directory issued
 * to Werkstroom.
 */
@Validated
@ConfigurationProperties("werkstroom.integration.scim")
public record ScimProperties(
    @DefaultValue("/simulator/scim/v2") String url,
    String token,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout) {

  public static final String SYSTEM = "Accountbeheer (SCIM)";

  public BackendConnection connection() {
    return new BackendConnection(SYSTEM, url, connectTimeout, readTimeout);
  }

  /** The bearer token; asked for at each call, so a missing token fails the call, not the start. */
  public String requireToken() {
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("No bearer token configured for " + SYSTEM
          + ": set werkstroom.integration.scim.token");
    }
    return token;
  }
}
