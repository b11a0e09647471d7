package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the form of "Aanvraag beoordelen" when the behandelaar completes it (event
 * {@code complete}). A proposal to grant needs an amount above zero, in cents, not above the amount
 * requested nor the scheme's maximum; it clears an earlier refusal ground. A proposal to refuse
 * needs an explanation, which the refusal letter quotes: it sets ground {@code INHOUDELIJK} and
 * grants nothing. Wrong input refuses the completion with a Dutch message per field.
 */
@Component("beoordelingControleren")
public class BeoordelingControleren implements TaskListener {

  static final String VERLENEN = "verlenen";
  static final String WEIGEREN = "weigeren";
  static final String INHOUDELIJK = "INHOUDELIJK";

  @Override
  public void notify(DelegateTask task) {
    Invoerfouten fouten = new Invoerfouten();
    Object voorstel = task.getVariable("voorstel");
    if (VERLENEN.equals(voorstel)) {
      BigDecimal toegekend = toegekendBedrag(task, fouten);
      fouten.weigerAlsNodig();
      task.setVariable("toegekendBedrag", Bedrag.alsVariabele(toegekend));
      task.setVariable("weigeringsgrond", null);
    } else if (WEIGEREN.equals(voorstel)) {
      if (!Invoerfouten.ingevuld(task, "beoordelingToelichting")) {
        fouten.voegToe("Toelichting", "schrijf waarom u voorstelt de aanvraag te weigeren. Deze uitleg komt in de "
            + "brief aan de aanvrager.");
      }
      fouten.weigerAlsNodig();
      task.setVariable("weigeringsgrond", INHOUDELIJK);
      task.setVariable("toegekendBedrag", 0.0);
    } else {
      fouten.voegToe("Voorstel", "kies of u voorstelt de subsidie te verlenen of te weigeren.");
      fouten.weigerAlsNodig();
    }
  }

  private static BigDecimal toegekendBedrag(DelegateTask task, Invoerfouten fouten) {
    BigDecimal toegekend = fouten.bedrag(task, "toegekendBedrag", "Toegekend bedrag");
    if (toegekend == null) {
      return null;
    }
    BigDecimal aangevraagd = Invoerfouten.procesBedrag(task, "aangevraagdBedrag");
    BigDecimal maximum = Invoerfouten.procesBedrag(task, "maximumBedrag");
    if (toegekend.signum() <= 0) {
      fouten.voegToe("Toegekend bedrag", "vul een bedrag groter dan € 0,00 in. Wilt u niets toekennen? Kies dan "
          + "voor weigeren.");
    } else if (toegekend.compareTo(aangevraagd) > 0) {
      fouten.voegToe("Toegekend bedrag", "dit mag niet hoger zijn dan het aangevraagde bedrag van "
          + Bedrag.tekst(aangevraagd) + ".");
    } else if (toegekend.compareTo(maximum) > 0) {
      fouten.voegToe("Toegekend bedrag", "dit mag niet hoger zijn dan het maximumbedrag van de regeling, "
          + Bedrag.tekst(maximum) + ".");
    }
    return toegekend;
  }
}
