package nl.werkstroom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Tasklist and the engine's REST API show a refused input as 400 with our Dutch message. */
class OngeldigeInvoerExceptionTest {

  @Test
  void aRefusedInputIsA400WithItsMessage() {
    Response response = CallerErrors.toResponse(new OngeldigeInvoerException("De aanvraag is niet in orde. De regeling ontbreekt."));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getEntity()).isEqualTo(Map.of("type", "InvalidRequestException",
        "message", "De aanvraag is niet in orde. De regeling ontbreekt."));
  }

  @Test
  void alsoWhenTheEngineWrapsItFromAListener() {
    Response response = CallerErrors.toResponse(new ProcessEngineException("Exception while invoking listener",
        new OngeldigeInvoerException("Het IBAN is ongeldig.")));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((Map<?, ?>) response.getEntity()).get("message")).isEqualTo("Het IBAN is ongeldig.");
  }
}
