package nl.werkstroom.integration.kvk;

import java.time.Duration;
import nl.werkstroom.integration.http.BackendConnection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * KVK Handelsregister API Basisprofiel: {@code werkstroom.integration.kvk.*}. The URL is the API's
 * base before {@code /v1/basisprofielen}: {@code https://api.kvk.nl/api} in production,
 * {@code https://api.kvk.nl/test/api} for KVK's test environment. The API key goes in the
 * {@code apikey} header.
 */
@Validated
@ConfigurationProperties("werkstroom.integration.kvk")
public record KvkProperties(
    @DefaultValue("/simulator/kvk/api") String url,
    String apiKey,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout) {

  public static final String SYSTEM = "KVK Handelsregister (Basisprofiel)";

  public BackendConnection connection() {
    return new BackendConnection(SYSTEM, url, connectTimeout, readTimeout);
  }
}
