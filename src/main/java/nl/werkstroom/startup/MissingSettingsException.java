package nl.werkstroom.startup;

import java.util.List;
import java.util.Locale;

/** Thrown at start-up when required settings are missing; names each setting and its variable. */
public class MissingSettingsException extends RuntimeException {

  private final List<String> settings;

  public MissingSettingsException(List<String> settings) {
    super("Werkstroom cannot start: required setting(s) missing: " + String.join(", ", settings));
    this.settings = List.copyOf(settings);
  }

  public List<String> settings() {
    return settings;
  }

  /** The environment variable that sets a property, by Spring Boot's relaxed binding rules. */
  static String environmentVariable(String property) {
    return property.replace("[", "_").replace("]", "").replace(".", "_").replace("-", "")
        .toUpperCase(Locale.ROOT);
  }
}
