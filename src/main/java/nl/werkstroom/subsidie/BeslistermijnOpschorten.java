package nl.werkstroom.subsidie;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Beslistermijn opschorten" (Awb 4:15): the applicant is asked today to complete the request, so
 * the decision period is suspended from tomorrow ({@code opgeschortVanaf}); the applicant has
 * {@code aanvultermijnWeken} weeks, an Awb period from today, until {@code aanvullenUiterlijk}
 * (Awb 4:5).
 */
@Component("beslistermijnOpschorten")
public class BeslistermijnOpschorten implements JavaDelegate {

  private final SubsidieKalender kalender;

  public BeslistermijnOpschorten(SubsidieKalender kalender) {
    this.kalender = kalender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int weken = ProcesVariabelen.geheelGetal(execution, "aanvultermijnWeken");
    LocalDate vandaag = kalender.vandaag();
    execution.setVariable("opgeschortVanaf", kalender.beginVan(vandaag.plusDays(1)));
    execution.setVariable("aanvullenUiterlijk", kalender.eindeVan(kalender.awbWeken(vandaag, weken)));
  }
}
