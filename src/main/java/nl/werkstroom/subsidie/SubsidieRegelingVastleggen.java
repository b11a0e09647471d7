package nl.werkstroom.subsidie;

import java.time.LocalDate;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.servicetask.TaskInputs;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import nl.werkstroom.subsidie.SubsidieProperties.Verantwoording;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Regeling en beslistermijn vastleggen": copies the settings of the requested scheme (variable
 * {@code regeling}) of the case's municipality into the process, so that the case keeps the scheme
 * it was requested under when the configuration changes later, and sets the decision period: the
 * scheme's weeks after {@code ontvangstdatum} (Awb 4:13), with the Algemene termijnenwet applied.
 *
 * <p>It also sets {@code persoonOverleden}=false and {@code bedrijfActief}=true when they are not set
 * yet: only one of the two registers is consulted, and the eligibility decision reads both; and
 * {@code reserveringId} empty, so the model can ask "budget reserved?" before any reservation.
 */
@Component("subsidieRegelingVastleggen")
public class SubsidieRegelingVastleggen implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SubsidieRegelingVastleggen.class);

  private final Regelingen regelingen;
  private final SubsidieKalender kalender;
  private final Beslistermijn beslistermijn;

  public SubsidieRegelingVastleggen(Regelingen regelingen, SubsidieKalender kalender, Beslistermijn beslistermijn) {
    this.regelingen = regelingen;
    this.kalender = kalender;
    this.beslistermijn = beslistermijn;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String gemeente = TaskInputs.tenant(execution);
    String code = ProcesVariabelen.tekst(execution, "regeling");
    Regeling regeling = regelingen.vind(gemeente, code).orElseThrow(() -> new ModelConfigurationException(
        "Gemeente '" + gemeente + "' heeft geen subsidieregeling met code '" + code + "'. Voeg de regeling toe aan "
            + "werkstroom.subsidie.gemeenten." + gemeente + ".regelingen in de configuratie, of pas de variabele "
            + "'regeling' van deze zaak aan, en probeer de taak opnieuw."));
    Verantwoording verantwoording = regelingen.verantwoording(gemeente);

    execution.setVariable("regelingNaam", regeling.naam());
    execution.setVariable("grondslag", regeling.grondslag());
    execution.setVariable("budgetcode", regeling.budgetcode());
    execution.setVariable("maximumBedrag", Bedrag.alsVariabele(regeling.maximumBedrag()));
    // No grant can exceed the scheme's maximum: reserving more would keep others from the ceiling.
    execution.setVariable("teReserverenBedrag", Bedrag.alsVariabele(
        ProcesVariabelen.bedrag(execution, "aangevraagdBedrag").min(regeling.maximumBedrag())));
    execution.setVariable("verdeling", regeling.verdeling().code());
    execution.setVariable("voorschotPercentage", regeling.voorschotPercentage());
    execution.setVariable("aanvultermijnWeken", regeling.aanvultermijnWeken());
    execution.setVariable("verantwoordingstermijnWeken", regeling.verantwoordingstermijnWeken());
    execution.setVariable("ambtshalveVaststellingNaWeken", regeling.ambtshalveVaststellingNaWeken());
    execution.setVariable("verantwoordingOndergrens", Bedrag.alsVariabele(verantwoording.ondergrens()));
    execution.setVariable("verantwoordingBovengrens", Bedrag.alsVariabele(verantwoording.bovengrens()));

    LocalDate ontvangen = TaskInputs.date(execution, "ontvangstdatum", null);
    if (ontvangen == null) {
      ontvangen = kalender.vandaag();
      execution.setVariable("ontvangstdatum", ontvangen.toString());
    }
    execution.setVariable("binnenAanvraagperiode", regeling.staatOpen(ontvangen));
    int weken = regeling.beslistermijnWeken();
    beslistermijn.stel(execution, ontvangen.plusWeeks(weken), kalender.awbWeken(ontvangen, weken));

    if (execution.getVariable("persoonOverleden") == null) {
      execution.setVariable("persoonOverleden", false);
    }
    if (execution.getVariable("bedrijfActief") == null) {
      execution.setVariable("bedrijfActief", true);
    }
    if (!execution.hasVariable("reserveringId")) {
      execution.setVariable("reserveringId", null);
    }
    LOG.info("Subsidy scheme '{}' of tenant '{}' recorded for process instance {}", code, gemeente,
        execution.getProcessInstanceId());
  }
}
