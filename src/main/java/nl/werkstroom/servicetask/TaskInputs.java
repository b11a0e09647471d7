package nl.werkstroom.servicetask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import nl.werkstroom.engine.ModelConfigurationException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Reads the inputs that an element template maps onto a service task, and what every backend
 * action needs besides: the idempotency key and the municipality. A missing or malformed input
 * is a modelling error: retrying cannot help, so it becomes an incident at once
 * ({@link ModelConfigurationException}) with a message that names the task and the input.
 */
public final class TaskInputs {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private TaskInputs() {
  }

  public static String required(DelegateExecution execution, String name) {
    String value = optional(execution, name);
    if (value == null) {
      throw new ModelConfigurationException(task(execution) + " mist de invoer '" + name
          + "': vul die in bij de taak in Modeler.");
    }
    return value;
  }

  public static String optional(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }

  /** A comma-separated list (e.g. group names); empty when the input is missing or blank. */
  public static List<String> list(DelegateExecution execution, String name) {
    String value = optional(execution, name);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).distinct().toList();
  }

  /** A date from a date variable or a text like 2026-03-01; {@code fallback} when the input is not set. */
  public static LocalDate date(DelegateExecution execution, String name, LocalDate fallback) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return fallback;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate(); // a java.sql.Date has no instant: toInstant() throws
    }
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZONE);
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new ModelConfigurationException(task(execution) + ": invoer '" + name
          + "' is geen datum (verwacht JJJJ-MM-DD).");
    }
  }

  /** An amount in euros with at most two decimals, from a number or a text like "1250.00". */
  public static BigDecimal amount(DelegateExecution execution, String name) {
    String text = required(execution, name).replace(',', '.');
    try {
      BigDecimal amount = new BigDecimal(text);
      if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
        throw new NumberFormatException(text);
      }
      return amount.setScale(2);
    } catch (NumberFormatException e) {
      throw new ModelConfigurationException(task(execution) + ": invoer '" + name
          + "' is geen bedrag in euro's groter dan 0 met ten hoogste twee decimalen.");
    }
  }

  /**
   * The key under which a backend remembers this task's call: process instance and activity; in a
   * multi-instance task or subprocess the loop counter, so each instance gets its own; and when the
   * process loops back to the task, how often it completed before, so each visit gets its own. A
   * retried job finds the same key: a failed attempt leaves no completed run behind.
   */
  public static String idempotencyKey(DelegateExecution execution) {
    String key = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    // Not local: the loop counter lives on the multi-instance execution, above the task's own scope.
    Object loopCounter = execution.getVariable("loopCounter");
    if (loopCounter != null) {
      return key + ":" + loopCounter;
    }
    long earlierVisits = earlierVisits(execution);
    return earlierVisits == 0 ? key : key + "#" + earlierVisits;
  }

  private static long earlierVisits(DelegateExecution execution) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    if (engine == null) {
      return 0;
    }
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId())
        .finished()
        .count();
  }

  /** Today in the Netherlands, by the engine's clock (which tests may set). */
  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  /** The municipality the process instance belongs to: its tenant. */
  public static String tenant(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    if (tenantId == null || tenantId.isBlank()) {
      throw new ModelConfigurationException(task(execution) + ": het proces hoort bij geen gemeente (tenant).");
    }
    return tenantId;
  }

  /** The reference of this case in other systems: the zaak identificatie (business key), else the instance id. */
  public static String reference(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    return businessKey == null || businessKey.isBlank() ? execution.getProcessInstanceId() : businessKey;
  }

  /** "Taak 'name'", as a process owner knows the task. */
  public static String task(DelegateExecution execution) {
    return "Taak '" + taskName(execution) + "'";
  }

  /** The task's name in the model, or its id when it has none. */
  public static String taskName(DelegateExecution execution) {
    String name = execution.getCurrentActivityName();
    return name == null || name.isBlank() ? execution.getCurrentActivityId() : name;
  }
}
