package nl.werkstroom.simulator.algoritmeregister;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * One algorithm in the simulated register: its LARS code, the organisation that owns it, and its
 * versions, oldest first. Only the latest version can be concept (STATE_1) or released (STATE_2);
 * at most one version is PUBLISHED, earlier published ones are EXPIRED.
 */
record Registratie(String lars, String organisatie, List<Versie> versies) {

  static final String CONCEPT = "STATE_1";
  static final String VRIJGEGEVEN = "STATE_2";
  static final String GEPUBLICEERD = "PUBLISHED";
  static final String VERLOPEN = "EXPIRED";

  record Versie(ObjectNode inhoud, String state, Instant aangemaakt, Instant gepubliceerd) {

    Versie metState(String nieuweState, Instant publicatie) {
      return new Versie(inhoud, nieuweState, aangemaakt, publicatie);
    }
  }

  Versie laatste() {
    return versies.get(versies.size() - 1);
  }
}
