package nl.werkstroom.integration.zgw;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import nl.werkstroom.integration.http.BackendConnection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The VNG ZGW APIs (Zaken 1.5, Documenten 1.4, Besluiten 1.0, Catalogi 1.3):
 * {@code werkstroom.integration.zgw.*}. One client id and secret for all four (as Open Zaak issues
 * them); per municipality its RSIN (bronorganisatie) and the domain of its catalogue.
 */
@Validated
@ConfigurationProperties("werkstroom.integration.zgw")
public record ZgwProperties(
    @DefaultValue("/simulator/zgw/zaken/api/v1") String zakenUrl,
    @DefaultValue("/simulator/zgw/documenten/api/v1") String documentenUrl,
    @DefaultValue("/simulator/zgw/besluiten/api/v1") String besluitenUrl,
    @DefaultValue("/simulator/zgw/catalogi/api/v1") String catalogiUrl,
    String clientId,
    String secret,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue @Valid Map<String, Tenant> tenants) {

  /** What differs per municipality: its RSIN and the domain (max. 5 letters) of its catalogue. */
  public record Tenant(
      @NotBlank @Pattern(regexp = "\\d{9}", message = "an RSIN has nine digits") String rsin,
      @NotBlank String catalogusDomein) {
  }

  public Tenant tenant(String tenantId) {
    Tenant tenant = tenants.get(tenantId);
    if (tenant == null) {
      throw new IllegalStateException("No ZGW settings for municipality '" + tenantId
          + "': set werkstroom.integration.zgw.tenants." + tenantId + ".rsin and .catalogus-domein");
    }
    return tenant;
  }

  public BackendConnection zaken() {
    return new BackendConnection("Zaken API", zakenUrl, connectTimeout, readTimeout);
  }

  public BackendConnection documenten() {
    return new BackendConnection("Documenten API", documentenUrl, connectTimeout, readTimeout);
  }

  public BackendConnection besluiten() {
    return new BackendConnection("Besluiten API", besluitenUrl, connectTimeout, readTimeout);
  }

  public BackendConnection catalogi() {
    return new BackendConnection("Catalogi API", catalogiUrl, connectTimeout, readTimeout);
  }
}
