package nl.werkstroom.startup;

import java.util.List;
import nl.werkstroom.organisation.TenantProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start when a setting that the active profile requires is missing, before anything
 * connects anywhere. The production profile lists its required settings in
 * {@code werkstroom.production.required-settings}: the database, the administrator password, the
 * municipalities, and every backend's URL and credentials. A setting that contains {@code {tenant}}
 * is required for each configured municipality. The demo profile requires nothing.
 */
public class RequiredSettingsCheck implements EnvironmentPostProcessor, Ordered {

  static final String REQUIRED_SETTINGS = "werkstroom.production.required-settings";
  static final String TENANT = "{tenant}";
  private static final String PRODUCTION = "production";
  private static final List<String> DEMO_ONLY = List.of("werkstroom.simulators.enabled", "werkstroom.demo.enabled");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> required = Binder.get(environment)
        .bind(REQUIRED_SETTINGS, Bindable.listOf(String.class))
        .orElse(List.of());
    List<String> tenants = Binder.get(environment)
        .bind("werkstroom.tenants", Bindable.listOf(TenantProperties.Tenant.class))
        .orElse(List.of()).stream().map(TenantProperties.Tenant::id).filter(id -> !isBlank(id)).toList();
    List<String> missing = required.stream()
        .flatMap(setting -> perTenant(setting, tenants).stream())
        .filter(setting -> isBlank(environment.getProperty(setting)))
        .toList();
    if (!missing.isEmpty()) {
      throw new MissingSettingsException(missing);
    }
    if (environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
      for (String demoOnly : DEMO_ONLY) {
        if (environment.getProperty(demoOnly, Boolean.class, false)) {
          throw new IllegalStateException("Werkstroom refuses to start: " + demoOnly + " is true in the production "
              + "profile, which would open the simulators or create the demo users with their known passwords.");
        }
      }
    }
  }

  /** A setting with {@value #TENANT} is required once for every configured municipality. */
  private static List<String> perTenant(String setting, List<String> tenants) {
    if (!setting.contains(TENANT)) {
      return List.of(setting);
    }
    return tenants.stream().map(tenant -> setting.replace(TENANT, tenant)).toList();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public int getOrder() {
    // After Spring Boot has read application.yaml, the profiles and the environment.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
