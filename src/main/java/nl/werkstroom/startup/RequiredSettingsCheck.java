package nl.werkstroom.startup;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when a setting that the active profile requires is missing, before anything
 * connects anywhere. The production profile lists its required settings in
 * {@code werkstroom.production.required-settings}: the database, the administrator password, the
 * municipalities, and (as they come) the backends' URLs. The demo profile requires nothing.
 */
public class RequiredSettingsCheck implements EnvironmentPostProcessor, Ordered {

  static final String REQUIRED_SETTINGS = "werkstroom.production.required-settings";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> required = Binder.get(environment)
        .bind(REQUIRED_SETTINGS, Bindable.listOf(String.class))
        .orElse(List.of());
    List<String> missing = required.stream()
        .filter(setting -> isBlank(environment.getProperty(setting)))
        .toList();
    if (!missing.isEmpty()) {
      throw new MissingSettingsException(missing);
    }
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
