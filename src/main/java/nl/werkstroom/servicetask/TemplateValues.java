package nl.werkstroom.servicetask;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.organisation.TenantProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The values for the placeholders of a mail or letter template in a service task. Each comes from
 * the task's input {@code gegevens} (lines {@code veld = waarde}, in which the engine has already
 * evaluated expressions such as {@code ${aanvragerNaam}}); else {@value #GEMEENTE} is the name of
 * the municipality the process instance belongs to ("Gemeente Leiden"), because the process
 * variable of that name holds the tenant id when it holds anything; else the process variable with
 * the placeholder's name.
 */
@Component
public class TemplateValues {

  public static final String GEMEENTE = "gemeente";
  public static final String GEGEVENS = "gegevens";

  private final TenantProperties tenants;

  public TemplateValues(TenantProperties tenants) {
    this.tenants = tenants;
  }

  /** Values for exactly these placeholders; one without a value is left out. */
  public Map<String, Object> of(DelegateExecution execution, Set<String> placeholders) {
    Map<String, Object> given = gegevens(execution);
    Map<String, Object> values = new HashMap<>();
    for (String placeholder : placeholders) {
      Object value = given.containsKey(placeholder) ? given.get(placeholder) : variable(execution, placeholder);
      if (value != null) {
        values.put(placeholder, value);
      }
    }
    return values;
  }

  /** The name of a municipality as its letters are signed, e.g. "Gemeente Leiden". */
  public Optional<String> municipalityName(String tenantId) {
    return tenants.tenants().stream()
        .filter(tenant -> tenant.id().equals(tenantId))
        .map(TenantProperties.Tenant::name)
        .findFirst();
  }

  private Object variable(DelegateExecution execution, String name) {
    if (GEMEENTE.equals(name)) {
      Optional<String> municipality = municipalityName(execution.getTenantId());
      if (municipality.isPresent()) {
        return municipality.get();
      }
    }
    return execution.getVariable(name);
  }

  /**
   * The input 'gegevens': lines {@code veld = waarde} (blank lines and lines starting with # are
   * skipped; only the first = separates), or a map when the input is an expression that yields one.
   */
  public static Map<String, Object> gegevens(DelegateExecution execution) {
    Object input = execution.getVariable(GEGEVENS);
    Map<String, Object> values = new HashMap<>();
    if (input instanceof Map<?, ?> map) {
      map.forEach((key, value) -> values.put(String.valueOf(key), value));
      return values;
    }
    if (input == null) {
      return values;
    }
    String[] lines = input.toString().split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new ModelConfigurationException("Regel " + (i + 1) + " van 'Gegevens' in taak '"
            + TaskInputs.taskName(execution) + "' is geen 'veld = waarde'.");
      }
      values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
    }
    return values;
  }
}
