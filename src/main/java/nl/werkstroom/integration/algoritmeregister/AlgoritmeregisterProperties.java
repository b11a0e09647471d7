package nl.werkstroom.integration.algoritmeregister;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import nl.werkstroom.integration.http.BackendConnection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Algoritmeregister aanlever-API 1.0 of the Ministry of BZK: {@code werkstroom.integration.algoritmeregister.*}.
 * It accepts an OAuth 2.0 bearer token from the register's Keycloak ({@code token-url}): with
 * {@code client-id} and {@code client-secret} (client credentials), or, when {@code username} is
 * set, with that user's {@code password} (the grant BZK's own tooling uses). Per municipality its
 * organisation id in the register (e.g. gm0546), its name as the publicatiestandaard wants it, and
 * the general contact address for questions about its algorithms. {@code self-publish}: the
 * organisation publishes itself after release (flow "zelf publiceren"); when false, release is the
 * last step and BZK publishes.
 */
@Validated
@ConfigurationProperties("werkstroom.integration.algoritmeregister")
public record AlgoritmeregisterProperties(
    @DefaultValue("/simulator/algoritmeregister/aanleverapi/v1_0") String url,
    @DefaultValue("/simulator/algoritmeregister/realms/algreg/protocol/openid-connect/token") String tokenUrl,
    String clientId,
    String clientSecret,
    String username,
    String password,
    @DefaultValue("true") boolean selfPublish,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue @Valid Map<String, Tenant> tenants) {

  static final String SYSTEM = "Algoritmeregister";

  /** What differs per municipality: its organisation in the register, its name, its contact address. */
  public record Tenant(@NotBlank String organisatieId, @NotBlank String organisatieNaam, @NotBlank String contact) {
  }

  public BackendConnection connection() {
    return new BackendConnection(SYSTEM, url, connectTimeout, readTimeout);
  }

  public BackendConnection tokenConnection() {
    return new BackendConnection(SYSTEM, tokenUrl, connectTimeout, readTimeout);
  }
}
