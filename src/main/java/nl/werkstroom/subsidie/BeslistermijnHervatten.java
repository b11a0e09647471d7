package nl.werkstroom.subsidie;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Beslistermijn hervatten": the request was completed today, so the decision period runs again
 * (Awb 4:15). Its end moves later by the days it was suspended, from {@code opgeschortVanaf} until
 * today, and the reminder moment ({@code signaaldatum}) moves with it.
 */
@Component("beslistermijnHervatten")
public class BeslistermijnHervatten implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(BeslistermijnHervatten.class);

  private final SubsidieKalender kalender;
  private final Beslistermijn beslistermijn;

  public BeslistermijnHervatten(SubsidieKalender kalender, Beslistermijn beslistermijn) {
    this.kalender = kalender;
    this.beslistermijn = beslistermijn;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate vanaf = ProcesVariabelen.dag(execution, "opgeschortVanaf");
    LocalDate vandaag = kalender.vandaag();
    // Completed on the day the request was sent: nothing was suspended.
    LocalDate hervat = vandaag.isBefore(vanaf) ? vanaf : vandaag;

    LocalDate einde = beslistermijn.eigenEinde(execution);
    if (vanaf.isAfter(einde)) {
      // The own end fell on a weekend or holiday and the suspension began after it: extend the moved end.
      einde = beslistermijn.laatsteDag(execution);
    }
    if (vanaf.isAfter(einde)) {
      LOG.warn("Decision period of process instance {} ended before its suspension began; beslisdatum unchanged",
          execution.getProcessInstanceId());
      return;
    }
    beslistermijn.stel(execution, einde.plusDays(kalender.opgeschorteDagen(vanaf, hervat)),
        kalender.opgeschort(einde, vanaf, hervat));
  }
}
