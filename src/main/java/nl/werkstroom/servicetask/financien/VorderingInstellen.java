package nl.werkstroom.servicetask.financien;

import java.time.LocalDate;
import nl.werkstroom.deadline.DeadlineCalculator;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.NieuweVordering;
import nl.werkstroom.integration.financien.Vordering;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Vordering instellen": raises a receivable in the finance system, e.g. to recover subsidy paid
 * too much (Awb 4:57): {@code debiteurNaam} must pay {@code bedrag} for {@code omschrijving} by
 * {@code vervaldatum}, by default an Awb period of {@value #BETAALTERMIJN_WEKEN} weeks from today.
 * The zaak identificatie goes along as reference, for the finance department and for the debtor to
 * quote when paying. Returns {@code vorderingId}; a retry returns the same receivable.
 */
@Component("vorderingInstellen")
public class VorderingInstellen implements JavaDelegate {

  static final int BETAALTERMIJN_WEKEN = 6;
  private static final Logger log = LoggerFactory.getLogger(VorderingInstellen.class);

  private final FinancienClient financien;
  private final Administratie administratie;
  private final DeadlineCalculator termijnen;

  VorderingInstellen(FinancienClient financien, Administratie administratie, DeadlineCalculator termijnen) {
    this.financien = financien;
    this.administratie = administratie;
    this.termijnen = termijnen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String adm = administratie.van(execution);
    LocalDate vervaldatum = TaskInputs.date(execution, "vervaldatum", null);
    NieuweVordering nieuw = new NieuweVordering(
        TaskInputs.required(execution, "debiteurNaam"),
        TaskInputs.amount(execution, "bedrag"),
        TaskInputs.required(execution, "omschrijving"),
        TaskInputs.reference(execution),
        vervaldatum != null ? vervaldatum : termijnen.awbWeeks(TaskInputs.today(), BETAALTERMIJN_WEKEN));
    Vordering vordering = financien.stelVorderingIn(adm, nieuw, TaskInputs.idempotencyKey(execution));
    execution.setVariableLocal("vorderingId", vordering.id());
    log.info("Receivable {} raised in {} for process instance {}", vordering.id(), adm,
        execution.getProcessInstanceId());
  }
}
