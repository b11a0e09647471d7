package nl.werkstroom.integration.financien;

import nl.werkstroom.integration.http.BackendRejectedException;

/**
 * The finance system refused a reservation because it would exceed the budget's ceiling
 * (HTTP 422, problem code {@value #CODE}). A business outcome, not a fault: a delegate turns it into
 * a BPMN error so the process can take its "budget exhausted" path.
 */
public class BudgetOntoereikendException extends BackendRejectedException {

  public static final String CODE = "plafond-bereikt";

  public BudgetOntoereikendException(String system, String explanation) {
    super(system, 422, explanation);
  }
}
