package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.servicetask.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Beschikking voorbereiden": after the mandaathouder agreed to grant, works out what the grant
 * letter (Awb 4:30) says about money and accountability: the advance ({@code voorschotBedrag}, Awb
 * 4:95), the deadline for the accountability report ({@code verantwoordingUiterlijk}, an Awb period
 * after the activity's end), from when the subsidy is settled ex officio when no report came
 * ({@code vaststellingAmbtshalveVanaf}, Awb 4:47), and the letter paragraphs {@code betalingTekst},
 * {@code verantwoordingTekst} and {@code deMinimisTekst}.
 */
@Component("subsidieBeschikkingVoorbereiden")
public class SubsidieBeschikkingVoorbereiden implements JavaDelegate {

  private final SubsidieKalender kalender;

  public SubsidieBeschikkingVoorbereiden(SubsidieKalender kalender) {
    this.kalender = kalender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Verantwoordingsniveau niveau = verantwoordingsniveau(execution);
    BigDecimal toegekend = Bedrag.opCenten(ProcesVariabelen.bedrag(execution, "toegekendBedrag"));
    int percentage = niveau == Verantwoordingsniveau.DIRECT ? 0
        : ProcesVariabelen.geheelGetal(execution, "voorschotPercentage");
    BigDecimal voorschot = niveau == Verantwoordingsniveau.DIRECT ? Bedrag.NUL
        : Bedrag.opCenten(toegekend.multiply(BigDecimal.valueOf(percentage)).movePointLeft(2));
    execution.setVariable("voorschotBedrag", Bedrag.alsVariabele(voorschot));

    LocalDate verantwoordingUiterlijk = null;
    LocalDate ambtshalveVanaf = null;
    if (niveau != Verantwoordingsniveau.DIRECT) {
      LocalDate einde = ProcesVariabelen.dag(execution, "einddatumActiviteit");
      verantwoordingUiterlijk = kalender.awbWeken(einde,
          ProcesVariabelen.geheelGetal(execution, "verantwoordingstermijnWeken"));
      ambtshalveVanaf = kalender.eersteWerkdagVanaf(verantwoordingUiterlijk.plusWeeks(
          ProcesVariabelen.geheelGetal(execution, "ambtshalveVaststellingNaWeken")));
    }
    execution.setVariable("verantwoordingUiterlijk",
        verantwoordingUiterlijk == null ? null : kalender.eindeVan(verantwoordingUiterlijk));
    // The timer fires at the start of that day: the report was due weeks before.
    execution.setVariable("vaststellingAmbtshalveVanaf", ambtshalveVanaf == null ? null : kalender.beginVan(ambtshalveVanaf));

    execution.setVariable("betalingTekst", BeschikkingTeksten.betaling(niveau, toegekend, voorschot, percentage));
    execution.setVariable("verantwoordingTekst",
        BeschikkingTeksten.verantwoording(niveau, verantwoordingUiterlijk, ambtshalveVanaf));
    execution.setVariable("deMinimisTekst",
        ProcesVariabelen.waar(execution, "onderneming") ? BeschikkingTeksten.deMinimis(toegekend) : "");
  }

  private static Verantwoordingsniveau verantwoordingsniveau(DelegateExecution execution) {
    String code = ProcesVariabelen.tekst(execution, "verantwoordingsniveau");
    return Verantwoordingsniveau.van(code).orElseThrow(() -> new ModelConfigurationException(
        TaskInputs.task(execution) + ": verantwoordingsniveau '" + code + "' is onbekend; de beslissing "
            + "subsidieVerantwoordingsniveau hoort 'direct', 'activiteitenverslag' of 'financieel-verslag' te geven."));
  }
}
