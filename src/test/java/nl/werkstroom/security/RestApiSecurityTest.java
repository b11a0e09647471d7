package nl.werkstroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

@ApplicationTest
class RestApiSecurityTest {

  @LocalServerPort
  int port;

  @Test
  void restApiRefusesCallsWithoutCredentials() {
    Answer answer = RestApi.anonymous(port).get("/engine-rest/process-definition?maxResults=10");

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void restApiRefusesAWrongPassword() {
    Answer answer = RestApi.as(port, "joost", "not-his-password").get("/engine-rest/task?maxResults=10");

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void restApiAnswersAUserWithValidCredentials() {
    Answer answer = RestApi.as(port, "fatima").get("/engine-rest/process-definition?maxResults=10");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().isArray()).isTrue();
  }

  @Test
  void queriesAreCappedSoNoUserCanAskForEverything() {
    Answer answer = RestApi.as(port, "fatima").get("/engine-rest/task?firstResult=0&maxResults=5000");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("Max results limit of 2000 exceeded");
    assertThat(RestApi.as(port, "fatima").get("/engine-rest/task?firstResult=0&maxResults=2000").status())
        .isEqualTo(200);
  }

  @Test
  void repeatedWrongPasswordsSlowTheNextLoginDown() {
    RestApi.as(port, "tim", "geraden").get("/engine-rest/task?maxResults=1");

    // Right after a failure the engine refuses even the right password for a few seconds.
    Answer rightPasswordTooSoon = RestApi.as(port, "tim").get("/engine-rest/task?maxResults=1");

    assertThat(rightPasswordTooSoon.status()).isEqualTo(401);
  }

  @Test
  void healthIsOpenButOtherActuatorEndpointsNeedASystemAdministrator() {
    assertThat(RestApi.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    assertThat(RestApi.anonymous(port).get("/actuator/metrics").status()).isEqualTo(401);
    assertThat(RestApi.anonymous(port).get("/actuator/info").status()).isEqualTo(401);
    assertThat(RestApi.as(port, "kevin").get("/actuator/metrics").status()).isEqualTo(403);
    assertThat(RestApi.as(port, "demo").get("/actuator/metrics").status())
        .as("the figures cover every municipality; demo administers Leiden only").isEqualTo(403);
    assertThat(RestApi.as(port, "admin").get("/actuator/metrics").status()).isEqualTo(200);
  }

  @Test
  void bodiesOverTheLimitAreRefusedWith413() {
    byte[] oversized = new byte[1536 * 1024];

    Answer answer = RestApi.as(port, "pieter").postRaw("/engine-rest/deployment/create",
        MediaType.APPLICATION_OCTET_STREAM, oversized);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.json().get("message").asText()).contains("te groot");
  }

  @Test
  void javaSerializedVariablesAreRefusedWith400() {
    Map<String, Object> serialized = Map.of(
        "type", "Object",
        "value", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==",
        "valueInfo", Map.of(
            "objectTypeName", "java.util.ArrayList",
            "serializationDataFormat", "application/x-java-serialized-object"));

    Answer answer = RestApi.as(port, "fatima").post("/engine-rest/process-definition/key/contactverzoek/start",
        Map.of("variables", Map.of("payload", serialized)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).doesNotContain("at org.");
  }

  @Test
  void theAdminSetupForAFirstUserIsClosed() {
    Answer answer = RestApi.anonymous(port).post("/camunda/api/admin/setup/default/user/create",
        Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "Intruder!2345")));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(RestApi.as(port, "demo").get("/engine-rest/user/intruder/profile").status()).isEqualTo(404);
  }

  @Test
  void passwordPolicyRefusesWeakPasswords() {
    Answer answer = RestApi.as(port, "demo").post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "zwakwachtwoord", "firstName", "Zwak", "lastName", "Wachtwoord"),
        "credentials", Map.of("password", "welkom")));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(RestApi.as(port, "demo").get("/engine-rest/user/zwakwachtwoord/profile").status()).isEqualTo(404);
  }

  @Test
  void employeesCannotManageUsers() {
    Answer answer = RestApi.as(port, "fatima").post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "nieuwecollega", "firstName", "Nieuwe", "lastName", "Collega"),
        "credentials", Map.of("password", "Sterk-Wachtwoord-2026")));

    assertThat(answer.status()).isEqualTo(403);
  }
}
