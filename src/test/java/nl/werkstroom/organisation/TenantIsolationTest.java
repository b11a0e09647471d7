package nl.werkstroom.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One installation, several municipalities: each sees and works only on its own cases. */
@ApplicationTest
class TenantIsolationTest {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Test
  void anInstanceBelongsToTheMunicipalityOfWhoeverStartsIt() {
    Answer started = RestApi.as(port, "olga").post("/engine-rest/process-definition/key/contactverzoek/start",
        Map.of("variables", request()));

    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().get("tenantId").asText()).isEqualTo("oegstgeest");
    String instanceId = started.json().get("id").asText();
    JsonNode task = Eventually.get("olga's task", () -> RestApi.as(port, "olga")
        .get("/engine-rest/task?processInstanceId=" + instanceId + "&maxResults=10").json()).get(0);
    assertThat(task.get("tenantId").asText()).isEqualTo("oegstgeest");
  }

  @Test
  void aLeidenEmployeeCannotSeeOrCompleteAnOegstgeestTask() {
    String instanceId = startContactverzoek("olga");
    String taskId = Eventually.get("olga's task", () -> RestApi.as(port, "olga")
        .get("/engine-rest/task?processInstanceId=" + instanceId + "&maxResults=10").json()).get(0).get("id").asText();
    RestApi leiden = RestApi.as(port, "fatima");

    assertThat(leiden.get("/engine-rest/task?processInstanceId=" + instanceId + "&maxResults=10").json()).isEmpty();
    assertThat(leiden.get("/engine-rest/task/" + taskId).status()).isEqualTo(404);
    assertThat(leiden.get("/engine-rest/process-instance/" + instanceId).status()).isEqualTo(404);
    Answer completion = leiden.post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("uitkomst", Map.of("value", "gesproken"))));
    assertThat(completion.status()).isIn(403, 404);
    assertThat(completion.body()).doesNotContain("at org.");

    Answer byOwnMunicipality = RestApi.as(port, "olga").post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("uitkomst", Map.of("value", "gesproken"))));
    assertThat(byOwnMunicipality.status()).isEqualTo(204);
  }

  @Test
  void someoneWorkingForSeveralMunicipalitiesNamesTheMunicipality() {
    createUserOfBothMunicipalities("wessel");

    Answer withoutChoice = RestApi.as(port, "wessel", "Twee-Gemeenten-2026!").post(
        "/engine-rest/process-definition/key/contactverzoek/start", Map.of("variables", request()));
    assertThat(withoutChoice.status()).isEqualTo(400);
    assertThat(withoutChoice.json().get("message").asText()).contains("meer dan één gemeente");

    Map<String, Object> variables = new java.util.HashMap<>(request());
    variables.put("gemeente", Map.of("value", "oegstgeest"));
    Answer withChoice = RestApi.as(port, "wessel", "Twee-Gemeenten-2026!").post(
        "/engine-rest/process-definition/key/contactverzoek/start", Map.of("variables", variables));
    assertThat(withChoice.status()).isEqualTo(200);
    assertThat(withChoice.json().get("tenantId").asText()).isEqualTo("oegstgeest");
  }

  @Test
  void nobodyStartsACaseForAMunicipalityTheyDoNotWorkFor() {
    Map<String, Object> variables = new java.util.HashMap<>(request());
    variables.put("gemeente", Map.of("value", "oegstgeest"));

    Answer answer = RestApi.as(port, "fatima").post("/engine-rest/process-definition/key/contactverzoek/start",
        Map.of("variables", variables));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("oegstgeest");
  }

  private void createUserOfBothMunicipalities(String userId) {
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    User user = identityService.newUser(userId);
    user.setFirstName("Wessel");
    user.setLastName("Gedeeld");
    user.setPassword("Twee-Gemeenten-2026!");
    identityService.saveUser(user);
    for (String group : List.of("kcc", "medewerker")) {
      identityService.createMembership(userId, group);
    }
    for (String tenant : List.of("leiden", "oegstgeest")) {
      identityService.createTenantUserMembership(tenant, userId);
    }
  }

  private String startContactverzoek(String user) {
    Answer answer = RestApi.as(port, user).post("/engine-rest/process-definition/key/contactverzoek/start",
        Map.of("variables", request()));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().get("id").asText();
  }

  static Map<String, Object> request() {
    return Map.of(
        "naam", Map.of("value", "J. de Tester"),
        "telefoonnummer", Map.of("value", "0612345678"),
        "onderwerp", Map.of("value", "Vraag over mijn aanvraag"));
  }
}
