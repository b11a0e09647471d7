package nl.werkstroom.subsidie;

import nl.werkstroom.engine.OngeldigeInvoerException;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the subsidy request ({@code ${subsidieAanvraagControleren}}, event start): the
 * same checks as the API ({@link AanvraagValidatie}) for a start from Tasklist or the engine's REST
 * API. A request that is not in order is refused with every problem in one Dutch message and
 * nothing is started; one that is, continues with its variables in their proper types, without an
 * identification that does not belong to the kind of applicant.
 */
@Component("subsidieAanvraagControleren")
public class SubsidieAanvraagControleren implements ExecutionListener {

  private final AanvraagValidatie validatie;

  SubsidieAanvraagControleren(AanvraagValidatie validatie) {
    this.validatie = validatie;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AanvraagValidatie.Uitkomst uitkomst =
        validatie.valideer(execution.getTenantId(), execution.getVariables(), TaskInputs.today());
    if (!uitkomst.inOrde()) {
      throw new OngeldigeInvoerException(uitkomst.samenvatting());
    }
    execution.setVariables(uitkomst.variabelen());
    uitkomst.overbodig().forEach(execution::removeVariable);
  }
}
