package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Vaststelling voorbereiden": settles the subsidy against what was paid. The advance was paid
 * ({@code betaaldBedrag}); the rest of the settled amount is still to be paid ({@code nogTeBetalen},
 * Awb 4:87), or what was paid above it is recovered ({@code terugTeVorderen}, Awb 4:57). The letter
 * paragraph {@code afrekeningTekst} tells the recipient which. A recovery is due six weeks after the
 * letter ({@code terugbetalenUiterlijk}): fixed here, once, so that a retried receivable carries the
 * same due date as the first attempt.
 */
@Component("subsidieVaststellingVoorbereiden")
public class SubsidieVaststellingVoorbereiden implements JavaDelegate {

  static final int TERUGBETAALTERMIJN_WEKEN = 6;

  private final SubsidieKalender kalender;

  SubsidieVaststellingVoorbereiden(SubsidieKalender kalender) {
    this.kalender = kalender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal vastgesteld = Bedrag.opCenten(ProcesVariabelen.bedrag(execution, "vastgesteldBedrag"));
    BigDecimal betaald = Bedrag.opCenten(ProcesVariabelen.bedragOfNul(execution, "voorschotBedrag"));
    BigDecimal verschil = vastgesteld.subtract(betaald);
    BigDecimal nogTeBetalen = verschil.max(Bedrag.NUL);
    BigDecimal terugTeVorderen = verschil.negate().max(Bedrag.NUL);

    execution.setVariable("betaaldBedrag", Bedrag.alsVariabele(betaald));
    execution.setVariable("nogTeBetalen", Bedrag.alsVariabele(nogTeBetalen));
    execution.setVariable("terugTeVorderen", Bedrag.alsVariabele(terugTeVorderen));
    execution.setVariable("terugbetalenUiterlijk", terugTeVorderen.signum() > 0
        ? kalender.eindeVan(kalender.awbWeken(kalender.vandaag(), TERUGBETAALTERMIJN_WEKEN)) : null);
    execution.setVariable("afrekeningTekst",
        afrekening(betaald, nogTeBetalen, terugTeVorderen, ProcesVariabelen.zaaknummer(execution)));
  }

  static String afrekening(BigDecimal betaald, BigDecimal nogTeBetalen, BigDecimal terugTeVorderen, String zaaknummer) {
    String voorschot = betaald.signum() > 0
        ? "U heeft al een voorschot van " + Bedrag.tekst(betaald) + " gekregen. " : "";
    if (nogTeBetalen.signum() > 0) {
      return voorschot + "Wij betalen u nog " + Bedrag.tekst(nogTeBetalen) + ". U krijgt dit bedrag binnen zes weken "
          + "na de datum van deze brief (artikel 4:87 Awb).";
    }
    if (terugTeVorderen.signum() > 0) {
      return voorschot + "Dat is " + Bedrag.tekst(terugTeVorderen) + " meer dan de subsidie die wij nu hebben "
          + "vastgesteld. Dat bedrag moet u terugbetalen (artikel 4:57 Awb). U krijgt van ons een betaalverzoek met "
          + "het rekeningnummer van de gemeente. Betaal het bedrag binnen zes weken na de datum van deze brief. "
          + "Zet bij uw betaling het zaaknummer " + zaaknummer + ". Kunt u niet in één keer betalen? Neem dan "
          + "contact met ons op om een betalingsregeling af te spreken.";
    }
    if (betaald.signum() > 0) {
      return voorschot + "Dat is precies het bedrag van de vastgestelde subsidie. U krijgt dus niets meer en u hoeft "
          + "ook niets terug te betalen.";
    }
    return "U heeft geen voorschot gekregen en de subsidie is vastgesteld op € 0,00. Wij betalen u dus niets. U "
        + "hoeft ook niets terug te betalen.";
  }
}
