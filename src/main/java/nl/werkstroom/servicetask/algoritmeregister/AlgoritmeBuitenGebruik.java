package nl.werkstroom.servicetask.algoritmeregister;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.algoritmeregister.Algoritme;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeregisterClient;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Algoritme buiten gebruik stellen": publishes a new version of algorithm {@code algoritmeId}
 * with status "Buiten gebruik" and end date {@code einddatum} (month, JJJJ-MM; this month when
 * empty). The entry stays in the register, as the publicatiestandaard wants; it is not retracted.
 * Repeating it changes nothing. Returns {@code algoritmeStatus}.
 */
@Component("algoritmeBuitenGebruik")
public class AlgoritmeBuitenGebruik implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(AlgoritmeBuitenGebruik.class);

  private final AlgoritmeregisterClient register;
  private final Organisatie organisatie;

  AlgoritmeBuitenGebruik(AlgoritmeregisterClient register, Organisatie organisatie) {
    this.register = register;
    this.organisatie = organisatie;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String org = organisatie.van(execution).organisatieId();
    String lars = TaskInputs.required(execution, "algoritmeId");
    String einde = eindmaand(execution);
    Algoritme huidig = register.haalOp(org, lars);
    register.werkBij(org, lars, huidig.buitenGebruik(einde));
    boolean gepubliceerd = register.geefVrijEnPubliceer(org, lars);
    execution.setVariableLocal("algoritmeStatus", gepubliceerd ? "gepubliceerd" : "vrijgegeven");
    log.info("Algorithm {} of {} out of use from {}", lars, org, einde);
  }

  /** The month in which use ended: from a date variable, a text JJJJ-MM or JJJJ-MM-DD, else this month. */
  private static String eindmaand(DelegateExecution execution) {
    Object waarde = execution.getVariable("einddatum");
    if (waarde == null || waarde.toString().isBlank()) {
      return YearMonth.now(ZoneId.of("Europe/Amsterdam")).toString();
    }
    if (waarde instanceof Date || waarde instanceof LocalDate) {
      return YearMonth.from(TaskInputs.date(execution, "einddatum", null)).toString();
    }
    String tekst = waarde.toString().strip();
    try {
      return tekst.length() == 7 ? YearMonth.parse(tekst).toString() : YearMonth.from(LocalDate.parse(tekst)).toString();
    } catch (DateTimeParseException e) {
      throw new ModelConfigurationException("Taak '" + execution.getCurrentActivityId() + "': einddatum '" + tekst
          + "' is geen maand (JJJJ-MM) of datum (JJJJ-MM-DD).");
    }
  }
}
