package nl.werkstroom.simulator.kvk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Puts the test registrations in the KVK simulator at start, those that are not there yet. */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class KvkSimulatorSeed implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(KvkSimulatorSeed.class);

  private final SimulatorStore store;

  KvkSimulatorSeed(SimulatorStore store) {
    this.store = store;
  }

  @Override
  public void run(ApplicationArguments args) {
    int added = 0;
    for (ObjectNode profiel : KvkTestinschrijvingen.all()) {
      String kvkNummer = profiel.get("kvkNummer").asText();
      if (store.get(KvkSimulator.SYSTEM, KvkSimulator.BASISPROFIELEN, kvkNummer, ObjectNode.class).isEmpty()) {
        String rsin = profiel.path("_embedded").path("eigenaar").path("rsin").asText(null);
        store.put(KvkSimulator.SYSTEM, KvkSimulator.BASISPROFIELEN, kvkNummer, rsin, profiel);
        added++;
      }
    }
    if (added > 0) {
      LOG.info("KVK simulator: {} test registrations added", added);
    }
  }
}
