package nl.werkstroom.simulator.brp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Puts the test persons in the BRP simulator at start, those that are not there yet. */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class BrpSimulatorSeed implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BrpSimulatorSeed.class);

  private final SimulatorStore store;

  BrpSimulatorSeed(SimulatorStore store) {
    this.store = store;
  }

  @Override
  public void run(ApplicationArguments args) {
    int added = 0;
    for (ObjectNode persoon : BrpTestpersonen.all()) {
      String bsn = persoon.get("burgerservicenummer").asText();
      if (store.get(BrpSimulator.SYSTEM, BrpSimulator.PERSONEN, bsn, ObjectNode.class).isEmpty()) {
        store.put(BrpSimulator.SYSTEM, BrpSimulator.PERSONEN, bsn, persoon.path("gemeenteVanInschrijving").path("code").asText(null), persoon);
        added++;
      }
    }
    if (added > 0) {
      LOG.info("BRP simulator: {} test persons added", added);
    }
  }
}
