package nl.werkstroom.subsidie;

import java.time.LocalDate;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The decision period of a subsidy case in its process variables: {@code beslisdatum} (the end of
 * the last day, which the user tasks' due dates and the timers read), {@code signaaldatum} (when
 * the behandelaar is asked whether to postpone, Awb 4:14) and the period's own last day before the
 * Algemene termijnenwet moved it off a weekend or holiday: a suspension (Awb 4:15) extends the
 * period itself, and Atw art. 1 then applies to the new end, not to the moved one.
 */
@Component
public class Beslistermijn {

  static final String BESLISDATUM = "beslisdatum";
  static final String SIGNAALDATUM = "signaaldatum";
  static final String EIGEN_EINDE = "beslistermijnEindeZonderTermijnenwet";

  private final SubsidieKalender kalender;
  private final int signaalDagenVoorBeslisdatum;

  public Beslistermijn(SubsidieKalender kalender, Regelingen regelingen) {
    this.kalender = kalender;
    this.signaalDagenVoorBeslisdatum = regelingen.signaalDagenVoorBeslisdatum();
  }

  /** Records a period whose own last day is {@code eigenEinde} and that ends on {@code laatsteDag}. */
  void stel(DelegateExecution execution, LocalDate eigenEinde, LocalDate laatsteDag) {
    execution.setVariable(EIGEN_EINDE, kalender.eindeVan(eigenEinde));
    execution.setVariable(BESLISDATUM, kalender.eindeVan(laatsteDag));
    execution.setVariable(SIGNAALDATUM, kalender.signaal(laatsteDag, signaalDagenVoorBeslisdatum));
  }

  /** The last day of the period. */
  LocalDate laatsteDag(DelegateExecution execution) {
    return ProcesVariabelen.dag(execution, BESLISDATUM);
  }

  /** The period's own last day; the last day itself for a case that does not know it. */
  LocalDate eigenEinde(DelegateExecution execution) {
    LocalDate eigenEinde = TaskInputs.date(execution, EIGEN_EINDE, null);
    return eigenEinde == null ? laatsteDag(execution) : eigenEinde;
  }
}
