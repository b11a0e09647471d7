package nl.werkstroom.subsidie;

import java.time.LocalDate;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the form of "Verdaging overwegen" (Awb 4:14) when it is completed: a choice is made, and a
 * postponement names a new decision date after the current one and the reason the applicant will
 * read in the letter. Without this check a letter could announce a date that changes nothing.
 */
@Component("verdagingControleren")
public class VerdagingControleren implements TaskListener {

  private final Beslistermijn beslistermijn;

  VerdagingControleren(Beslistermijn beslistermijn) {
    this.beslistermijn = beslistermijn;
  }

  @Override
  public void notify(DelegateTask task) {
    Invoerfouten fouten = new Invoerfouten();
    Boolean verdagen = Invoerfouten.keuze(task.getVariable("verdagen"));
    if (verdagen == null) {
      fouten.voegToe("Wordt het besluit later genomen dan de beslisdatum?", "kies of het besluit later komt dan de beslisdatum.");
    } else if (verdagen) {
      controleerNieuweDatum(task, fouten);
      if (!Invoerfouten.ingevuld(task, "redenVerdaging")) {
        fouten.voegToe("Reden van de verdaging", "schrijf waarom het besluit later komt; de aanvrager leest dit in de brief.");
      }
    }
    fouten.weigerAlsNodig();
    task.setVariable("verdagen", verdagen);
  }

  private void controleerNieuweDatum(DelegateTask task, Invoerfouten fouten) {
    LocalDate nieuw;
    try {
      nieuw = TaskInputs.date(task.getExecution(), "nieuweBeslisdatum", null);
    } catch (ModelConfigurationException e) {
      nieuw = null;
    }
    if (nieuw == null) {
      fouten.voegToe("Nieuwe beslisdatum", "vul een datum in.");
    } else if (!nieuw.isAfter(beslistermijn.laatsteDag(task.getExecution()))) {
      fouten.voegToe("Nieuwe beslisdatum", "kies een datum na de huidige beslisdatum.");
    }
  }
}
