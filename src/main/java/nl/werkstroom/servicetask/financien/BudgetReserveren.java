package nl.werkstroom.servicetask.financien;

import java.math.BigDecimal;
import nl.werkstroom.integration.financien.BudgetOntoereikendException;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.NieuweReservering;
import nl.werkstroom.integration.financien.Reservering;
import nl.werkstroom.servicetask.BusinessOutcome;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Budget reserveren": reserves {@code bedrag} on budget {@code budgetcode} of the municipality's
 * administratie and returns {@code reserveringId}. When the budget's ceiling is reached the process
 * gets BPMN error {@value #BUDGET_ONTOEREIKEND}, its "budget exhausted" path.
 */
@Component("budgetReserveren")
public class BudgetReserveren implements JavaDelegate {

  /** The outputs its element template maps, cleared when the task ends in a business outcome. */
  private static final String[] OUTPUTS = {"reserveringId"};

  public static final String BUDGET_ONTOEREIKEND = "BUDGET_ONTOEREIKEND";
  private static final Logger log = LoggerFactory.getLogger(BudgetReserveren.class);

  private final FinancienClient financien;
  private final Administratie administratie;

  BudgetReserveren(FinancienClient financien, Administratie administratie) {
    this.financien = financien;
    this.administratie = administratie;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String adm = administratie.van(execution);
    String budgetcode = TaskInputs.required(execution, "budgetcode");
    BigDecimal bedrag = TaskInputs.amount(execution, "bedrag");
    String omschrijving = TaskInputs.optional(execution, "omschrijving");
    try {
      Reservering reservering = financien.reserveer(adm, budgetcode,
          new NieuweReservering(bedrag, TaskInputs.reference(execution), omschrijving),
          TaskInputs.idempotencyKey(execution));
      execution.setVariableLocal("reserveringId", reservering.id());
      log.info("Reserved on budget {} of {}: reservation {}", budgetcode, adm, reservering.id());
    } catch (BudgetOntoereikendException e) {
      // The engine still runs the task's output mapping when a boundary event catches the error:
      // the output must exist, empty, or the mapping fails instead of taking the error path.
      log.info("Budget {} of {} cannot cover a reservation for process instance {}", budgetcode, adm,
          execution.getProcessInstanceId());
      throw BusinessOutcome.error(execution, BUDGET_ONTOEREIKEND,
          "Budget " + budgetcode + " is ontoereikend: " + e.explanation(), OUTPUTS);
    }
  }
}
