package nl.werkstroom.servicetask.financien;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import nl.werkstroom.engine.ModelConfigurationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Reads the inputs that an element template maps onto a service task, and makes the idempotency
 * key of the task. A missing or malformed input is a modelling error: retrying cannot help, so it
 * becomes an incident at once with a message that names the task and the input.
 */
public final class TaakInvoer {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private TaakInvoer() {
  }

  /**
   * The key under which a backend remembers this task's call: process instance and activity, plus
   * the loop counter of the multi-instance task or subprocess it runs in, so that a retried job
   * repeats and never doubles, while each pass of a loop gets a key of its own.
   */
  public static String idempotentiesleutel(DelegateExecution execution) {
    Object loopCounter = execution.getVariable("loopCounter");
    return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId()
        + (loopCounter == null ? "" : ":" + loopCounter);
  }

  public static String verplicht(DelegateExecution execution, String naam) {
    String waarde = optioneel(execution, naam);
    if (waarde == null) {
      throw new ModelConfigurationException(taak(execution) + " mist de invoer '" + naam
          + "': vul die in bij de taak in Modeler.");
    }
    return waarde;
  }

  public static String optioneel(DelegateExecution execution, String naam) {
    Object waarde = execution.getVariable(naam);
    if (waarde == null || waarde.toString().isBlank()) {
      return null;
    }
    return waarde.toString().strip();
  }

  /** An amount in euros with at most two decimals, from a number or a text like "1250.00". */
  public static BigDecimal bedrag(DelegateExecution execution, String naam) {
    String tekst = verplicht(execution, naam).replace(',', '.');
    try {
      BigDecimal bedrag = new BigDecimal(tekst);
      if (bedrag.signum() <= 0 || bedrag.stripTrailingZeros().scale() > 2) {
        throw new NumberFormatException(tekst);
      }
      return bedrag.setScale(2);
    } catch (NumberFormatException e) {
      throw new ModelConfigurationException(taak(execution) + ": invoer '" + naam
          + "' is geen bedrag in euro's groter dan 0 met ten hoogste twee decimalen.");
    }
  }

  /** A date from a date variable or a text like 2026-03-01; empty when the input is not set. */
  public static LocalDate datum(DelegateExecution execution, String naam) {
    Object waarde = execution.getVariable(naam);
    if (waarde == null || waarde.toString().isBlank()) {
      return null;
    }
    if (waarde instanceof LocalDate datum) {
      return datum;
    }
    if (waarde instanceof Date datum) {
      return LocalDate.ofInstant(datum.toInstant(), ZONE);
    }
    try {
      return LocalDate.parse(waarde.toString().strip());
    } catch (DateTimeParseException e) {
      throw new ModelConfigurationException(taak(execution) + ": invoer '" + naam
          + "' is geen datum (verwacht JJJJ-MM-DD).");
    }
  }

  /** The reference of this case in other systems: the zaak identificatie (business key), else the instance id. */
  public static String referentie(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    return businessKey == null || businessKey.isBlank() ? execution.getProcessInstanceId() : businessKey;
  }

  static String taak(DelegateExecution execution) {
    String naam = execution.getCurrentActivityName();
    return "Taak '" + (naam == null ? execution.getCurrentActivityId() : naam) + "'";
  }
}
