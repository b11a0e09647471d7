package nl.werkstroom.simulator.algoritmeregister;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.werkstroom.simulator.algoritmeregister.Registratie.Versie;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gives each demo municipality one published algorithm in the simulated register, so the register
 * is not empty on first start: created when the organisation has none yet.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class AlgoritmeregisterSeed implements ApplicationRunner {

  private static final Map<String, String[]> DEMO = Map.of(
      "gm0546", new String[] {"10546001", "Gemeente Leiden", "Route-optimalisatie afvalinzameling",
          "Het algoritme berekent elke week de kortste routes voor de vuilniswagens, zodat afval met minder kilometers wordt opgehaald."},
      "gm0579", new String[] {"10579001", "Gemeente Oegstgeest", "Voorspellen onderhoud openbare verlichting",
          "Het algoritme voorspelt welke lantaarnpalen binnenkort onderhoud nodig hebben, zodat storingen sneller worden verholpen."});

  private final SimulatorStore store;
  private final AlgoritmeregisterSimulatorProperties properties;

  AlgoritmeregisterSeed(SimulatorStore store, AlgoritmeregisterSimulatorProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    properties.clients().values().stream()
        .flatMap(client -> client.organisations().stream())
        .distinct()
        .filter(DEMO::containsKey)
        .filter(org -> store.findByLookupKey(AlgoritmeregisterSimulator.SYSTEM, AlgoritmeregisterSimulator.COLLECTION,
            org, Registratie.class).isEmpty())
        .forEach(this::seed);
  }

  private void seed(String organisatie) {
    String[] demo = DEMO.get(organisatie);
    ObjectNode inhoud = JsonNodeFactory.instance.objectNode()
        .put("name", demo[2])
        .put("description_short", demo[3])
        .put("organization", demo[1])
        .put("status", "In gebruik")
        .put("begin_date", "2024-03")
        .put("contact_email", "algoritmes@" + (organisatie.equals("gm0546") ? "leiden" : "oegstgeest") + ".nl")
        .put("publication_category", "Overige algoritmes")
        .put("human_intervention", "Een planner controleert de voorgestelde planning en past die zo nodig aan.")
        .put("provider", "Intern ontwikkeld")
        .put("lang", "nld")
        .put("standard_version", "1.0")
        .put("source_id", "demo-" + organisatie);
    inhoud.putArray("category").add("Organisatie en bedrijfsvoering");
    Instant moment = Instant.now().minus(90, ChronoUnit.DAYS);
    store.put(AlgoritmeregisterSimulator.SYSTEM, AlgoritmeregisterSimulator.COLLECTION, demo[0], organisatie,
        new Registratie(demo[0], organisatie, List.of(new Versie(inhoud, Registratie.GEPUBLICEERD, moment, moment))));
  }
}
