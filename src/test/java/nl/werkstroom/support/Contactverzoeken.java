package nl.werkstroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.werkstroom.support.RestApi.Answer;

/**
 * Starts contact requests over the REST API as a KCC employee does from Tasklist: the simplest
 * case Werkstroom has, for tests that need cases to count.
 */
public final class Contactverzoeken {

  private Contactverzoeken() {
  }

  /** Starts one in the employee's municipality and returns the process instance id. */
  public static String start(int port, String medewerker, String naam, String onderwerp) {
    Answer started = RestApi.as(port, medewerker).post("/engine-rest/process-definition/key/contactverzoek/start",
        Map.of("variables", Map.of(
            "naam", Map.of("value", naam),
            "telefoonnummer", Map.of("value", "071 516 5000"),
            "onderwerp", Map.of("value", onderwerp))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json().get("id").asText();
  }
}
