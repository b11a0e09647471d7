package nl.werkstroom.servicetask.kvk;

import nl.werkstroom.integration.kvk.Basisprofiel;
import nl.werkstroom.integration.kvk.KvkClient;
import nl.werkstroom.integration.kvk.OngeldigKvkNummerException;
import nl.werkstroom.servicetask.BusinessOutcome;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Bedrijf raadplegen (KvK)" (element template {@code nl.werkstroom.kvk.bedrijfRaadplegen}): looks
 * up the registration with input {@code kvkNummer} in the Handelsregister and sets, as local
 * variables for the template's output mapping, {@code bedrijfNaam}, {@code bedrijfRechtsvorm},
 * {@code bedrijfActief} (no end date registered) and {@code bedrijfRsin} (null for an eenmanszaak).
 *
 * <p>BPMN errors: {@value #BEDRIJF_ONBEKEND} when KVK does not know the number (404),
 * {@value #KVK_NUMMER_ONGELDIG} when it is not eight digits. A refusal otherwise becomes an incident
 * at once; KVK not answering is retried.
 */
@Component("bedrijfRaadplegen")
public class BedrijfRaadplegen implements JavaDelegate {

  /** The outputs its element template maps, cleared when the task ends in a business outcome. */
  private static final String[] OUTPUTS = {"bedrijfNaam", "bedrijfRechtsvorm", "bedrijfActief", "bedrijfRsin"};

  public static final String BEDRIJF_ONBEKEND = "BEDRIJF_ONBEKEND";
  public static final String KVK_NUMMER_ONGELDIG = "KVK_NUMMER_ONGELDIG";

  private static final Logger LOG = LoggerFactory.getLogger(BedrijfRaadplegen.class);

  private final KvkClient kvk;

  public BedrijfRaadplegen(KvkClient kvk) {
    this.kvk = kvk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvkNummer = kvkNummer(execution.getVariable("kvkNummer"));
    Basisprofiel profiel;
    try {
      profiel = kvk.basisprofiel(kvkNummer).orElseThrow(() -> BusinessOutcome.error(execution, BEDRIJF_ONBEKEND,
          "Het Handelsregister kent geen inschrijving met het opgegeven KVK-nummer.", OUTPUTS));
    } catch (OngeldigKvkNummerException e) {
      throw BusinessOutcome.error(execution, KVK_NUMMER_ONGELDIG, e.getMessage(), OUTPUTS);
    } catch (BpmnError e) {
      LOG.info("KVK: registration not found (process instance {}, activity {})",
          execution.getProcessInstanceId(), execution.getCurrentActivityId());
      throw e;
    }
    execution.setVariableLocal("bedrijfNaam", profiel.naam());
    execution.setVariableLocal("bedrijfRechtsvorm", profiel.eigenaar().map(Basisprofiel.Eigenaar::rechtsvorm).orElse(null));
    execution.setVariableLocal("bedrijfActief", profiel.isActief());
    execution.setVariableLocal("bedrijfRsin", profiel.eigenaar().map(Basisprofiel.Eigenaar::rsin).orElse(null));
  }

  /** The KVK number as eight digits; a form may have kept it as a number, dropping leading zeros. */
  private static String kvkNummer(Object value) {
    if (value instanceof Number number) {
      return String.format("%08d", number.longValue());
    }
    return value == null ? null : value.toString().strip();
  }
}
