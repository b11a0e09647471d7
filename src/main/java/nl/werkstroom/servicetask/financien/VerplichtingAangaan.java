package nl.werkstroom.servicetask.financien;

import nl.werkstroom.integration.financien.Crediteur;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.NieuweVerplichting;
import nl.werkstroom.integration.financien.Verplichting;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Verplichting aangaan": commits {@code bedrag} of reservation {@code reserveringId} to a creditor
 * ({@code crediteurNaam}, {@code iban}) and returns {@code verplichtingId}. What is left of the
 * reservation becomes available again.
 */
@Component("verplichtingAangaan")
public class VerplichtingAangaan implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(VerplichtingAangaan.class);

  private final FinancienClient financien;
  private final Administratie administratie;

  VerplichtingAangaan(FinancienClient financien, Administratie administratie) {
    this.financien = financien;
    this.administratie = administratie;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String adm = administratie.van(execution);
    NieuweVerplichting nieuw = new NieuweVerplichting(
        TaskInputs.required(execution, "reserveringId"),
        TaskInputs.amount(execution, "bedrag"),
        new Crediteur(TaskInputs.required(execution, "crediteurNaam"), TaskInputs.required(execution, "iban")));
    Verplichting verplichting = financien.legVast(adm, nieuw, TaskInputs.idempotencyKey(execution));
    execution.setVariableLocal("verplichtingId", verplichting.id());
    log.info("Commitment {} made in {} from reservation {}", verplichting.id(), adm, nieuw.reservering());
  }
}
