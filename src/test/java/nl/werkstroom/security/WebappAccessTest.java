package nl.werkstroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import nl.werkstroom.support.WebappSession;
import org.springframework.web.client.RestClient;

/** Who may open which webapp: the webapps' own login, as the browser posts it. */
@ApplicationTest
class WebappAccessTest {

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "{0} opening {1}: {2}")
  @CsvSource({
      "fatima, tasklist, 200",
      "fatima, cockpit, 403",
      "fatima, admin, 403",
      "pieter, cockpit, 200",
      "pieter, admin, 403",
      "marieke, cockpit, 200",
      "demo, admin, 200",
      "demo, cockpit, 200",
      "demo, tasklist, 200"})
  void eachRoleOpensItsOwnWebapps(String user, String app, int expectedStatus) {
    assertThat(login(user, user, app)).isEqualTo(expectedStatus);
  }

  @Test
  void theWebappsNeverOfferToCreateAFirstAdministrator() {
    int status = RestClient.create("http://localhost:" + port).get().uri("/camunda/app/tasklist/default/")
        .exchange((request, answer) -> answer.getStatusCode().value());

    assertThat(status).as("no redirect to the setup page").isEqualTo(200);
    assertThat(WebappSession.open(port).login("admin", "admin", "admin")).isEqualTo(200);
  }

  @Test
  void theWebappsRefuseAFormPostWithoutTheirCsrfToken() {
    int status = RestClient.create("http://localhost:" + port).post()
        .uri("/camunda/api/admin/auth/user/default/login/tasklist")
        .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
        .body("username=fatima&password=fatima")
        .exchange((request, answer) -> answer.getStatusCode().value());

    assertThat(status).isEqualTo(403);
  }

  @Test
  void aWrongPasswordDoesNotLogIn() {
    assertThat(login("ingrid", "geraden", "tasklist")).isEqualTo(401);
  }

  @Test
  void theWebappsCarryTheirSecurityHeaders() {
    var response = RestClient.create("http://localhost:" + port).get().uri("/camunda/app/tasklist/")
        .retrieve().toBodilessEntity();

    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeaders().getFirst("Content-Security-Policy")).isNotBlank();
  }

  private int login(String user, String password, String app) {
    return WebappSession.open(port).login(user, password, app);
  }
}
