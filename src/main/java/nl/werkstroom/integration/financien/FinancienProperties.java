package nl.werkstroom.integration.financien;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import nl.werkstroom.integration.http.BackendConnection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The finance system's REST API (our own contract, {@code /openapi/financien.yaml}):
 * {@code werkstroom.integration.financien.*}. One bearer token for the whole installation; per
 * municipality the administratie in which its budgets are kept.
 */
@Validated
@ConfigurationProperties("werkstroom.integration.financien")
public record FinancienProperties(
    @DefaultValue("/simulator/financien/api/v1") String url,
    String token,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue @Valid Map<String, Tenant> tenants) {

  static final String SYSTEM = "Financieel systeem";

  /** What differs per municipality: its administratie in the finance system (e.g. LEI01). */
  public record Tenant(@NotBlank String administratie) {
  }

  public BackendConnection connection() {
    return new BackendConnection(SYSTEM, url, connectTimeout, readTimeout);
  }
}
