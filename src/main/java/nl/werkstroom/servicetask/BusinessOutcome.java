package nl.werkstroom.servicetask;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A business outcome (person unknown, budget exhausted) as the BPMN error that the model catches.
 * Camunda still evaluates a task's output mapping when a boundary event catches its error: outputs
 * the delegate never set would make that mapping fail and turn the outcome into an incident, so
 * they are cleared first.
 */
public final class BusinessOutcome {

  private BusinessOutcome() {
  }

  public static BpmnError error(DelegateExecution execution, String code, String message, String... outputs) {
    for (String output : outputs) {
      execution.setVariableLocal(output, null);
    }
    return new BpmnError(code, message);
  }
}
