package nl.werkstroom.noodknop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The generic noodknop: refusals that do not depend on a process offering it. */
@ApplicationTest
class NoodknopApiTest {

  private static final Map<String, String> VERZOEK =
      Map.of("onderwerp", "Graag iemand spreken", "telefoonnummer", "071 516 5000");

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Test
  void anUnknownCaseIsNotFound() {
    Answer answer = RestApi.as(port, "fatima").post("/api/zaken/ZAAK-BESTAAT-NIET/contactverzoek", VERZOEK);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("melding").asText()).isEqualTo("Er is geen zaak met dit zaaknummer.");
  }

  @Test
  void aCaseWhoseProcessHasNoNoodknopSaysSo() {
    String zaak = contactverzoek();

    Answer answer = RestApi.as(port, "fatima").post("/api/zaken/" + zaak + "/contactverzoek", VERZOEK);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
    assertThat(answer.json().get("melding").asText()).startsWith("Bij deze zaak kan geen persoonlijk contact");
  }

  @Test
  void onlyInvolvedRolesOfTheCasesMunicipalityMayPressIt() {
    String zaak = contactverzoek();

    assertThat(RestApi.as(port, "olga").post("/api/zaken/" + zaak + "/contactverzoek", VERZOEK).status())
        .as("kcc of another municipality").isEqualTo(403);
    assertThat(RestApi.as(port, "admin", "admin").post("/api/zaken/" + zaak + "/contactverzoek",
        Map.of("onderwerp", "Bel mij", "telefoonnummer", "12")).json().get("fouten").get(0).get("veld").asText())
        .isEqualTo("telefoonnummer");
  }

  private String contactverzoek() {
    Answer started = RestApi.as(port, "fatima").post("/engine-rest/process-definition/key/contactverzoek/start", Map.of(
        "variables", Map.of(
            "naam", Map.of("value", "A. Jansen"),
            "telefoonnummer", Map.of("value", "071 516 5000"),
            "onderwerp", Map.of("value", "Vraag over mijn aanvraag"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String id = started.json().get("id").asText();
    return Eventually.get("the zaak of the contact request", () ->
        runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey());
  }
}
