package nl.werkstroom.servicetask.financien;

import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.financien.Betaling;
import nl.werkstroom.integration.financien.Crediteur;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.NieuweBetaling;
import nl.werkstroom.integration.financien.NieuweVerplichting;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Betaling inplannen": schedules a payment of {@code bedrag} to {@code iban} and returns
 * {@code betalingId}. It pays against commitment {@code verplichtingId}; given only a
 * {@code reserveringId}, it first commits the amount to the creditor ({@code crediteurNaam},
 * {@code iban}) and also returns that {@code verplichtingId}. Both steps carry their own
 * idempotency key, so a retry after either step repeats nothing.
 */
@Component("betalingInplannen")
public class BetalingInplannen implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(BetalingInplannen.class);

  private final FinancienClient financien;
  private final Administratie administratie;

  BetalingInplannen(FinancienClient financien, Administratie administratie) {
    this.financien = financien;
    this.administratie = administratie;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String adm = administratie.van(execution);
    var bedrag = TaskInputs.amount(execution, "bedrag");
    String iban = TaskInputs.required(execution, "iban");
    String sleutel = TaskInputs.idempotencyKey(execution);
    String verplichtingId = TaskInputs.optional(execution, "verplichtingId");
    if (verplichtingId == null) {
      String reserveringId = TaskInputs.optional(execution, "reserveringId");
      if (reserveringId == null) {
        throw new ModelConfigurationException(TaskInputs.task(execution)
            + " mist zowel 'verplichtingId' als 'reserveringId': vul een van de twee in bij de taak in Modeler.");
      }
      Crediteur crediteur = new Crediteur(TaskInputs.required(execution, "crediteurNaam"), iban);
      verplichtingId = financien.legVast(adm, new NieuweVerplichting(reserveringId, bedrag, crediteur),
          sleutel + ":verplichting").id();
    }
    Betaling betaling = financien.betaal(adm, new NieuweBetaling(verplichtingId, bedrag, iban,
        TaskInputs.optional(execution, "omschrijving"), TaskInputs.date(execution, "betaaldatum", null)), sleutel);
    execution.setVariableLocal("verplichtingId", verplichtingId);
    execution.setVariableLocal("betalingId", betaling.id());
    log.info("Payment {} scheduled in {} against commitment {}", betaling.id(), adm, verplichtingId);
  }
}
