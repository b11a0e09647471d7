package nl.werkstroom.integration.brp;

import java.time.Duration;
import nl.werkstroom.integration.http.BackendConnection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Haal Centraal BRP Personen bevragen 2: {@code werkstroom.integration.brp.*}. The URL is the API's
 * base (the part before {@code /personen}), e.g. {@code https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp};
 * the API key goes in the {@code X-API-KEY} header. One key serves all municipalities: the shared
 * service is the afnemer, and its autorisatie decides which persons and fields it may see.
 */
@Validated
@ConfigurationProperties("werkstroom.integration.brp")
public record BrpProperties(
    @DefaultValue("/simulator/brp/haalcentraal/api/brp") String url,
    String apiKey,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout) {

  public static final String SYSTEM = "BRP (Haal Centraal Personen)";

  public BackendConnection connection() {
    return new BackendConnection(SYSTEM, url, connectTimeout, readTimeout);
  }
}
