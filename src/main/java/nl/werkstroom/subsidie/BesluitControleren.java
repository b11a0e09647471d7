package nl.werkstroom.subsidie;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the mandaathouder's form of "Besluit nemen" and "Vaststelling besluiten" when it is
 * completed (event {@code complete}): a choice is made, and sending the case back needs a reason
 * for the behandelaar. The choice is stored as a Boolean (a radio group may deliver "true" as
 * text); an agreed decision clears an earlier reason, so the next form shows no stale one.
 */
@Component("besluitControleren")
public class BesluitControleren implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Invoerfouten fouten = new Invoerfouten();
    Boolean akkoord = Invoerfouten.keuze(task.getVariable("besluitAkkoord"));
    if (akkoord == null) {
      fouten.voegToe("Besluit", "kies of u akkoord gaat of de aanvraag terugstuurt naar de behandelaar.");
    } else if (!akkoord && !Invoerfouten.ingevuld(task, "terugsturenReden")) {
      fouten.voegToe("Reden van terugsturen", "schrijf wat de behandelaar moet aanpassen.");
    }
    fouten.weigerAlsNodig();
    task.setVariable("besluitAkkoord", akkoord);
    if (akkoord) {
      task.setVariable("terugsturenReden", null);
    }
  }
}
