package nl.werkstroom.servicetask.financien;

import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.Reservering;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Reservering vrijgeven": releases reservation {@code reserveringId}, so its amount is available
 * for other requests again, e.g. after a refusal. Idempotent: the finance system leaves a released
 * reservation as it is, so a retry changes nothing. A reservation already committed to a creditor
 * cannot be released: that refusal is an incident, because the money is then promised.
 */
@Component("reserveringVrijgeven")
public class ReserveringVrijgeven implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ReserveringVrijgeven.class);

  private final FinancienClient financien;
  private final Administratie administratie;

  ReserveringVrijgeven(FinancienClient financien, Administratie administratie) {
    this.financien = financien;
    this.administratie = administratie;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String adm = administratie.van(execution);
    String reserveringId = TaskInputs.required(execution, "reserveringId");
    Reservering reservering = financien.geefVrij(adm, reserveringId);
    log.info("Reservation {} in {} released (status {})", reservering.id(), adm, reservering.status());
  }
}
