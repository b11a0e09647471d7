package nl.werkstroom.startup;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints missing settings as a short, readable start-up failure instead of a stack trace. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
    String list = cause.settings().stream()
        .map(setting -> "  - " + setting + " (environment variable "
            + MissingSettingsException.environmentVariable(setting) + ")")
        .collect(Collectors.joining("\n"));
    return new FailureAnalysis(
        "Werkstroom cannot start: these required settings are missing:\n" + list,
        "Set each of them, as an environment variable or in an application.yaml next to the application. "
            + "The README (Configuration) describes every setting.",
        cause);
  }
}
