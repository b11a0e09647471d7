package nl.werkstroom.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The municipalities (tenants) this installation serves: {@code werkstroom.tenants}. */
@Validated
@ConfigurationProperties("werkstroom")
public record TenantProperties(@DefaultValue @Valid List<Tenant> tenants) {

  public record Tenant(
            // No hyphens: per-municipality settings are map keys, and relaxed binding drops hyphens from those.
      @NotBlank @Pattern(regexp = "[a-z0-9]+", message = "use lower-case letters and digits only") String id,
      @NotBlank String name) {
  }

  public List<String> ids() {
    return tenants.stream().map(Tenant::id).toList();
  }
}
