package nl.werkstroom.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.werkstroom.dashboard.Antwoorden.BudgetRij;
import nl.werkstroom.integration.financien.Budget;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.FinancienProperties;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.subsidie.Regelingen;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The subsidy budgets of the filter's municipalities: per scheme its published ceiling, and from
 * the finance system (the only place that knows) what is reserved, committed and paid. When the
 * finance system cannot answer, the row still shows the scheme and ceiling with a Dutch sentence
 * in {@code fout}: the rest of the dashboard stays usable.
 */
@Component
public class BudgetCijfers {

  /** Only subsidy requests spend a scheme's budget. */
  static final String SUBSIDIE_PROCES = "subsidieaanvraag";
  static final String NIET_BEREIKBAAR = "Het financieel systeem gaf nu geen antwoord; de bedragen zijn niet "
      + "bekend. Probeer het later opnieuw.";
  static final String GEEN_ADMINISTRATIE = "Voor deze gemeente is geen administratie in het financieel systeem "
      + "ingesteld; vraag de beheerder dit in te stellen.";
  private static final Logger log = LoggerFactory.getLogger(BudgetCijfers.class);

  private final Regelingen regelingen;
  private final FinancienProperties financien;
  private final FinancienClient client;

  BudgetCijfers(Regelingen regelingen, FinancienProperties financien, FinancienClient client) {
    this.regelingen = regelingen;
    this.financien = financien;
    this.client = client;
  }

  public List<BudgetRij> budgetten(Filter filter) {
    List<BudgetRij> rijen = new ArrayList<>();
    if (!filter.omvat(SUBSIDIE_PROCES)) {
      return rijen;
    }
    for (String gemeente : filter.gemeenten()) {
      for (Regeling regeling : regelingen.van(gemeente)) {
        rijen.add(rij(gemeente, regeling));
      }
    }
    return rijen;
  }

  private BudgetRij rij(String gemeente, Regeling regeling) {
    FinancienProperties.Tenant tenant = financien.tenants().get(gemeente);
    if (tenant == null) {
      return fout(gemeente, regeling, GEEN_ADMINISTRATIE);
    }
    try {
      Budget budget = client.budget(tenant.administratie(), regeling.budgetcode());
      BigDecimal benut = som(budget.gereserveerd(), budget.vastgelegd(), budget.betaald());
      return new BudgetRij(gemeente, regeling.code(), regeling.naam(), regeling.budgetcode(), regeling.plafond(),
          budget.gereserveerd(), budget.vastgelegd(), budget.betaald(), budget.beschikbaar(),
          Getallen.percentage(benut, regeling.plafond()), null);
    } catch (BackendRejectedException e) {
      log.warn("Budget {} of administratie {} refused for the dashboard: HTTP {}", regeling.budgetcode(),
          tenant.administratie(), e.status());
      return fout(gemeente, regeling, e.isNotFound() ? "Het financieel systeem kent budget " + regeling.budgetcode()
          + " niet in administratie " + tenant.administratie() + "." : NIET_BEREIKBAAR);
    } catch (RuntimeException e) {
      log.warn("Budget {} of administratie {} not available for the dashboard: {}", regeling.budgetcode(),
          tenant.administratie(), e.toString());
      return fout(gemeente, regeling, NIET_BEREIKBAAR);
    }
  }

  private static BudgetRij fout(String gemeente, Regeling regeling, String melding) {
    return new BudgetRij(gemeente, regeling.code(), regeling.naam(), regeling.budgetcode(), regeling.plafond(),
        null, null, null, null, null, melding);
  }

  private static BigDecimal som(BigDecimal... bedragen) {
    BigDecimal som = BigDecimal.ZERO;
    for (BigDecimal bedrag : bedragen) {
      if (bedrag != null) {
        som = som.add(bedrag);
      }
    }
    return som;
  }
}
