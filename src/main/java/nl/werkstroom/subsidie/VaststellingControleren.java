package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the form of "Verantwoording beoordelen" when the behandelaar completes it (event
 * {@code complete}): the settled amount is at least zero, in cents, and not above the granted
 * amount (Awb 4:46(1)); settling lower needs an explanation for the letter (Awb 4:46(2)). Wrong
 * input refuses the completion with a Dutch message per field.
 */
@Component("vaststellingControleren")
public class VaststellingControleren implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Invoerfouten fouten = new Invoerfouten();
    BigDecimal vastgesteld = fouten.bedrag(task, "vastgesteldBedrag", "Vastgesteld bedrag");
    if (vastgesteld != null) {
      BigDecimal toegekend = Invoerfouten.procesBedrag(task, "toegekendBedrag");
      if (vastgesteld.signum() < 0) {
        fouten.voegToe("Vastgesteld bedrag", "vul € 0,00 of meer in.");
      } else if (vastgesteld.compareTo(toegekend) > 0) {
        fouten.voegToe("Vastgesteld bedrag", "dit mag niet hoger zijn dan het toegekende bedrag van "
            + Bedrag.tekst(toegekend) + ".");
      } else if (vastgesteld.compareTo(toegekend) < 0 && !Invoerfouten.ingevuld(task, "vaststellingToelichting")) {
        fouten.voegToe("Toelichting", "schrijf waarom u de subsidie lager vaststelt dan het toegekende bedrag van "
            + Bedrag.tekst(toegekend) + ". Deze uitleg komt in de brief aan de subsidieontvanger.");
      }
    }
    fouten.weigerAlsNodig();
    task.setVariable("vastgesteldBedrag", Bedrag.alsVariabele(vastgesteld));
  }
}
