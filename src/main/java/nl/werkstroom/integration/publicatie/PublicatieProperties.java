package nl.werkstroom.integration.publicatie;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import nl.werkstroom.integration.http.BackendConnection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Official publication (Staatscourant, gemeenteblad) through Werkstroom's submission contract
 * ({@code /openapi/publicatie.yaml}): {@code werkstroom.integration.publicatie.*}. One bearer token;
 * per municipality the organisation code under which it publishes (TOOI code such as gm0546, or OIN).
 */
@Validated
@ConfigurationProperties("werkstroom.integration.publicatie")
public record PublicatieProperties(
    @DefaultValue("/simulator/publicatie/api/v1") String url,
    String token,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue @Valid Map<String, Tenant> tenants) {

  static final String SYSTEM = "Officiële publicaties";

  /** What differs per municipality: the organisation that publishes (gm0546 or a 20-digit OIN). */
  public record Tenant(@NotBlank String organisatie) {
  }

  public BackendConnection connection() {
    return new BackendConnection(SYSTEM, url, connectTimeout, readTimeout);
  }
}
