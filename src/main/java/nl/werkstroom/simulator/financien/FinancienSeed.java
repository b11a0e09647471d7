package nl.werkstroom.simulator.financien;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Creates the demo budgets ({@code werkstroom.simulators.financien.budgets}) that do not exist yet. */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class FinancienSeed implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FinancienSeed.class);

  private final Boekhouding boekhouding;
  private final FinancienSimulatorProperties properties;

  FinancienSeed(Boekhouding boekhouding, FinancienSimulatorProperties properties) {
    this.boekhouding = boekhouding;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    long created = properties.budgets().stream()
        .filter(b -> boekhouding.maakBudgetAlsOntbreekt(b.administratie(), b.budgetcode(), b.omschrijving(), b.plafond()))
        .count();
    if (created > 0) {
      log.info("Finance simulator: {} demo budgets created", created);
    }
  }
}
