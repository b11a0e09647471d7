package nl.werkstroom.subsidie;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Weigering voorstellen": a check refused the request on ground {@code weigeringsgrond} (a BPMN
 * error code or a decision's output); the mandaathouder gets the proposal to refuse, with nothing
 * granted.
 */
@Component("weigeringVoorstellen")
public class WeigeringVoorstellen implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ProcesVariabelen.tekst(execution, "weigeringsgrond");
    execution.setVariable("voorstel", "weigeren");
    execution.setVariable("toegekendBedrag", 0.0);
  }
}
