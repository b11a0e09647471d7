package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A ranking scheme (Awb 4:26) over HTTP: requests wait until the mandaathouder sets the ranking; from
 * the top down they fit while what their reservations claim fits in the budget. A request above the
 * scheme's maximum claims only the maximum, so it does not push a lower-ranked request out.
 */
@ApplicationTest
class SubsidieRangschikkingOverHttpTest {

  private static final Duration RUIM = Duration.ofSeconds(60);

  @LocalServerPort
  int port;

  @Test
  void theRankingDecidesWhoFitsUnderTheCeilingCountingAtMostTheMaximumPerRequest() {
    // Leiden's 'cultuur': ceiling 150,000, at most 60,000 per request, divided by ranking.
    String bovenMaximum = dienIn(70000);
    String tweede = dienIn(60000);
    String derde = dienIn(30000);
    String vierde = dienIn(10000);
    RestApi sanne = RestApi.as(port, "sanne");
    for (String zaak : List.of(bovenMaximum, tweede, derde, vierde)) {
      String taak = Eventually.get("Volledigheid beoordelen of " + zaak, () -> {
        JsonNode taken = sanne.get("/engine-rest/task?taskDefinitionKey=Task_VolledigheidBeoordelen"
            + "&processInstanceBusinessKey=" + zaak + "&maxResults=5").json();
        return taken.isEmpty() ? null : taken.get(0).get("id").asText();
      }, RUIM);
      Answer voltooid = sanne.post("/engine-rest/task/" + taak + "/complete",
          Map.of("variables", Map.of("aanvraagVolledig", Map.of("value", true))));
      assertThat(voltooid.status()).as(voltooid.toString()).isEqualTo(204);
    }
    for (String zaak : List.of(bovenMaximum, tweede, derde, vierde)) {
      Eventually.get(zaak + " waiting for the ranking", () -> wachtOpRangschikking(zaak) ? true : null, RUIM);
    }

    Answer rangschikking = RestApi.as(port, "henk").post("/api/subsidie/regelingen/cultuur/rangschikking",
        Map.of("volgorde", List.of(bovenMaximum, tweede, derde, vierde)));

    assertThat(rangschikking.status()).as(rangschikking.toString()).isEqualTo(200);
    List<Boolean> binnenPlafond = new ArrayList<>();
    rangschikking.json().get("plaatsen").forEach(plaats -> binnenPlafond.add(plaats.get("binnenPlafond").asBoolean()));
    // 60,000 + 60,000 + 30,000 = 150,000 fits exactly; the fourth does not.
    assertThat(binnenPlafond).containsExactly(true, true, true, false);
    assertThat(rangschikking.json().get("plaatsen").get(0).get("teReserverenBedrag").decimalValue())
        .isEqualByComparingTo("60000.00");

    RestApi henk = RestApi.as(port, "henk");
    Eventually.get("the fourth at Besluit nemen as a refusal under 4:25", () -> {
      JsonNode taken = henk.get("/engine-rest/task?taskDefinitionKey=Task_BesluitNemen&processInstanceBusinessKey="
          + vierde + "&maxResults=5").json();
      return taken.isEmpty() ? null : taken;
    }, RUIM);
    Eventually.get("the first three at Aanvraag beoordelen", () -> {
      long bijBehandelaar = List.of(bovenMaximum, tweede, derde).stream()
          .filter(zaak -> !sanne.get("/engine-rest/task?taskDefinitionKey=Task_AanvraagBeoordelen"
              + "&processInstanceBusinessKey=" + zaak + "&maxResults=5").json().isEmpty())
          .count();
      return bijBehandelaar == 3 ? true : null;
    }, RUIM);
  }

  private String dienIn(double bedrag) {
    Map<String, Object> aanvraag = AanvraagValidatieTest.persoon();
    aanvraag.put("gemeente", "leiden");
    aanvraag.put("regeling", "cultuur");
    aanvraag.put("aangevraagdBedrag", bedrag);
    aanvraag.put("begroting", bedrag * 2);
    Answer antwoord = RestApi.as(port, "loket").post("/api/subsidie/aanvragen", aanvraag);
    assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
    return antwoord.json().get("zaakidentificatie").asText();
  }

  /** What the website sees: the case's status says what it waits for. */
  private boolean wachtOpRangschikking(String zaak) {
    JsonNode status = RestApi.as(port, "loket").get("/api/subsidie/aanvragen/" + zaak + "?gemeente=leiden").json();
    for (JsonNode wacht : status.path("wachtOp")) {
      if (wacht.asText().equals("rangschikking")) {
        return true;
      }
    }
    return false;
  }
}
