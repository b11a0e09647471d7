package nl.werkstroom.servicetask.zgw;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.zaak.ZaakVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Reads the inputs that an element template maps onto a ZGW service task. A missing or malformed
 * input is a modelling error: retrying cannot help, so it becomes an incident at once with a message
 * that names the task and the input.
 */
final class TaakInvoer {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private TaakInvoer() {
  }

  static String verplicht(DelegateExecution execution, String naam) {
    String waarde = optioneel(execution, naam);
    if (waarde == null) {
      throw new ModelConfigurationException(taak(execution) + " mist de invoer '" + naam
          + "': vul die in bij de taak in Modeler.");
    }
    return waarde;
  }

  static String optioneel(DelegateExecution execution, String naam) {
    Object waarde = execution.getVariable(naam);
    if (waarde == null || waarde.toString().isBlank()) {
      return null;
    }
    return waarde.toString().strip();
  }

  /** A date from a date variable or a text like 2026-03-01; {@code standaard} when the input is not set. */
  static LocalDate datum(DelegateExecution execution, String naam, LocalDate standaard) {
    Object waarde = execution.getVariable(naam);
    if (waarde == null || waarde.toString().isBlank()) {
      return standaard;
    }
    if (waarde instanceof LocalDate datum) {
      return datum;
    }
    if (waarde instanceof java.sql.Date datum) {
      return datum.toLocalDate(); // a java.sql.Date has no instant: toInstant() throws
    }
    if (waarde instanceof Date datum) {
      return LocalDate.ofInstant(datum.toInstant(), ZONE);
    }
    String tekst = waarde.toString().strip();
    try {
      return LocalDate.parse(tekst.length() > 10 && tekst.charAt(10) == 'T' ? tekst.substring(0, 10) : tekst);
    } catch (DateTimeParseException e) {
      throw new ModelConfigurationException(taak(execution) + ": invoer '" + naam
          + "' is geen datum (verwacht JJJJ-MM-DD).");
    }
  }

  /** Today in the Netherlands, by the engine's clock (which tests may set). */
  static LocalDate vandaag() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  /** The municipality the process instance belongs to: its tenant. */
  static String gemeente(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    if (tenantId == null || tenantId.isBlank()) {
      throw new ModelConfigurationException(taak(execution) + ": het proces hoort bij geen gemeente (tenant), "
          + "dus is er geen catalogus en geen RSIN om mee vast te leggen.");
    }
    return tenantId;
  }

  /** The zaak of the process instance, registered when it started. */
  static String zaakUrl(DelegateExecution execution) {
    String zaakUrl = optioneel(execution, ZaakVariables.ZAAK_URL);
    if (zaakUrl == null) {
      throw new ModelConfigurationException(taak(execution) + ": het proces heeft (nog) geen zaak (variabele '"
          + ZaakVariables.ZAAK_URL + "'). Elk proces wordt bij de start als zaak geregistreerd; controleer of het "
          + "proces een zaaktype heeft (werkstroom.zaak.zaaktypen).");
    }
    return zaakUrl;
  }

  static String taak(DelegateExecution execution) {
    String naam = execution.getCurrentActivityName();
    return "Taak '" + (naam == null || naam.isBlank() ? execution.getCurrentActivityId() : naam) + "'";
  }
}
