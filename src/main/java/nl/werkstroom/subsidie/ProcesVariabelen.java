package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Reads the process variables that earlier steps of the subsidy process set. One that is missing or
 * malformed means the model does not set it where it should: an incident for the process owner,
 * with a message that names the task and the variable.
 */
final class ProcesVariabelen {

  private ProcesVariabelen() {
  }

  static BigDecimal bedrag(DelegateExecution execution, String naam) {
    BigDecimal bedrag = bedragOfNull(execution, naam);
    if (bedrag == null) {
      throw ontbreekt(execution, naam);
    }
    return bedrag;
  }

  /** The amount, or zero when the variable is not set. */
  static BigDecimal bedragOfNul(DelegateExecution execution, String naam) {
    BigDecimal bedrag = bedragOfNull(execution, naam);
    return bedrag == null ? Bedrag.NUL : bedrag;
  }

  private static BigDecimal bedragOfNull(DelegateExecution execution, String naam) {
    try {
      return Bedrag.lees(execution.getVariable(naam));
    } catch (NumberFormatException e) {
      throw new ModelConfigurationException(TaskInputs.task(execution) + ": procesvariabele '" + naam
          + "' is geen bedrag.");
    }
  }

  static int geheelGetal(DelegateExecution execution, String naam) {
    Object waarde = execution.getVariable(naam);
    if (waarde == null) {
      throw ontbreekt(execution, naam);
    }
    try {
      return waarde instanceof Number getal ? getal.intValue() : Integer.parseInt(waarde.toString().strip());
    } catch (NumberFormatException e) {
      throw new ModelConfigurationException(TaskInputs.task(execution) + ": procesvariabele '" + naam
          + "' is geen geheel getal.");
    }
  }

  static LocalDate dag(DelegateExecution execution, String naam) {
    LocalDate dag = TaskInputs.date(execution, naam, null);
    if (dag == null) {
      throw ontbreekt(execution, naam);
    }
    return dag;
  }

  static String tekst(DelegateExecution execution, String naam) {
    String tekst = TaskInputs.optional(execution, naam);
    if (tekst == null) {
      throw ontbreekt(execution, naam);
    }
    return tekst;
  }

  /** True only for Boolean true or the text "true": a form may keep a choice as text. */
  static boolean waar(DelegateExecution execution, String naam) {
    Object waarde = execution.getVariable(naam);
    return Boolean.TRUE.equals(waarde) || (waarde instanceof String tekst && Boolean.parseBoolean(tekst.strip()));
  }

  /** The zaak number the applicant knows: the zaak identificatie, else the business key. */
  static String zaaknummer(DelegateExecution execution) {
    String identificatie = TaskInputs.optional(execution, "zaakIdentificatie");
    return identificatie != null ? identificatie : TaskInputs.reference(execution);
  }

  static ModelConfigurationException ontbreekt(DelegateExecution execution, String naam) {
    return new ModelConfigurationException(TaskInputs.task(execution) + " mist procesvariabele '" + naam
        + "'. Een eerdere stap in het proces hoort die te zetten: controleer het model.");
  }
}
