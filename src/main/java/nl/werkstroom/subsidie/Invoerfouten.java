package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.engine.OngeldigeInvoerException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Collects what is wrong with the fields of a completed task form, each under the field's label as
 * the form shows it, and refuses the completion with all of them at once.
 */
final class Invoerfouten {

  private final List<String> fouten = new ArrayList<>();

  void voegToe(String label, String melding) {
    fouten.add(label + ": " + melding);
  }

  /** @throws OngeldigeInvoerException when a field is wrong: the task stays open */
  void weigerAlsNodig() {
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(String.join(" ", fouten));
    }
  }

  /**
   * The amount a person entered; null when it is missing or not an amount in euros with at most two
   * decimals, after recording that under {@code label}.
   */
  BigDecimal bedrag(DelegateTask task, String naam, String label) {
    BigDecimal bedrag;
    try {
      bedrag = Bedrag.lees(task.getVariable(naam));
    } catch (NumberFormatException e) {
      voegToe(label, "vul een bedrag in euro's in, bijvoorbeeld 1250,00.");
      return null;
    }
    if (bedrag == null) {
      voegToe(label, "vul een bedrag in.");
      return null;
    }
    if (!Bedrag.heeftHoogstensTweeDecimalen(bedrag)) {
      voegToe(label, "gebruik ten hoogste twee cijfers achter de komma.");
      return null;
    }
    return bedrag;
  }

  /** A yes/no choice as a Boolean (a radio group may deliver "true" as text); null when none was made. */
  static Boolean keuze(Object waarde) {
    if (waarde instanceof Boolean keuze) {
      return keuze;
    }
    if (waarde instanceof String tekst && (tekst.equalsIgnoreCase("true") || tekst.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(tekst);
    }
    return null;
  }

  /** Whether a person filled in a text field. */
  static boolean ingevuld(DelegateTask task, String naam) {
    Object waarde = task.getVariable(naam);
    return waarde != null && !waarde.toString().isBlank();
  }

  /** An amount an earlier step set; its absence is a modelling error, not the person's. */
  static BigDecimal procesBedrag(DelegateTask task, String naam) {
    try {
      BigDecimal bedrag = Bedrag.lees(task.getVariable(naam));
      if (bedrag != null) {
        return bedrag;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ModelConfigurationException("Taak '" + task.getName() + "': procesvariabele '" + naam
        + "' ontbreekt of is geen bedrag. Een eerdere stap in het proces hoort die te zetten: controleer het model.");
  }
}
