package nl.werkstroom.servicetask.brp;

import java.util.List;
import nl.werkstroom.integration.brp.BrpClient;
import nl.werkstroom.integration.brp.OngeldigBurgerservicenummerException;
import nl.werkstroom.integration.brp.Persoon;
import nl.werkstroom.servicetask.BusinessOutcome;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Persoon raadplegen (BRP)" (element template {@code nl.werkstroom.brp.persoonRaadplegen}): looks
 * up the person with input {@code bsn} in the BRP and sets, as local variables for the template's
 * output mapping, {@code persoonNaam} (volledige naam), {@code persoonLeeftijd} (null for a deceased
 * person), {@code persoonWoonplaats} and {@code persoonOverleden}.
 *
 * <p>Data minimisation (AVG): it asks the BRP for these four things only and keeps nothing else;
 * the BRP answer is never stored as a variable and the BSN never appears in a log or error message.
 *
 * <p>BPMN errors: {@value #PERSOON_ONBEKEND} when the BRP does not know the BSN,
 * {@value #BSN_ONGELDIG} when the BSN cannot be valid (not nine digits or failing the elfproef).
 * A BRP that refuses the request becomes an incident at once; one that does not answer is retried.
 */
@Component("persoonRaadplegen")
public class PersoonRaadplegen implements JavaDelegate {

  /** The outputs its element template maps, cleared when the task ends in a business outcome. */
  private static final String[] OUTPUTS = {"persoonNaam", "persoonLeeftijd", "persoonWoonplaats", "persoonOverleden"};

  public static final String PERSOON_ONBEKEND = "PERSOON_ONBEKEND";
  public static final String BSN_ONGELDIG = "BSN_ONGELDIG";

  static final List<String> FIELDS = List.of(
      "naam.volledigeNaam", "leeftijd", "verblijfplaats.verblijfadres.woonplaats", "overlijden.datum");

  private static final Logger LOG = LoggerFactory.getLogger(PersoonRaadplegen.class);

  private final BrpClient brp;

  public PersoonRaadplegen(BrpClient brp) {
    this.brp = brp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String bsn = bsn(execution.getVariable("bsn"));
    Persoon persoon;
    try {
      persoon = brp.raadpleeg(bsn, FIELDS)
          .orElseThrow(() -> BusinessOutcome.error(execution, PERSOON_ONBEKEND,
              "De BRP kent geen persoon met het opgegeven burgerservicenummer.", OUTPUTS));
    } catch (OngeldigBurgerservicenummerException e) {
      throw BusinessOutcome.error(execution, BSN_ONGELDIG, e.getMessage(), OUTPUTS);
    } catch (BpmnError e) {
      LOG.info("BRP: no person found (process instance {}, activity {})",
          execution.getProcessInstanceId(), execution.getCurrentActivityId());
      throw e;
    }
    execution.setVariableLocal("persoonNaam", persoon.volledigeNaam().orElse(null));
    execution.setVariableLocal("persoonLeeftijd", persoon.leeftijd());
    execution.setVariableLocal("persoonWoonplaats", persoon.woonplaats().orElse(null));
    execution.setVariableLocal("persoonOverleden", persoon.isOverleden());
  }

  /** The BSN as nine digits; a form may have kept it as a number, dropping leading zeros. */
  private static String bsn(Object value) {
    if (value instanceof Number number) {
      return String.format("%09d", number.longValue());
    }
    return value == null ? null : value.toString().strip();
  }
}
