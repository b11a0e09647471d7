package nl.werkstroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who gets to the managers' dashboard: the page and its API read the login session of Tasklist and
 * Cockpit (one login for all), the API also takes HTTP Basic for scripts; management and
 * administrators are let in, others are told so in Dutch.
 */
@ApplicationTest
class DashboardSecurityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Test
  void aVisitorWhoIsNotLoggedInIsSentToTheLoginPageWithTheWayBack() {
    HttpResponse<String> page = new Visitor().get("/dashboard?proces=contactverzoek");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).contains(
        "/dashboard/aanmelden?terug=%2Fdashboard%3Fproces%3Dcontactverzoek");
    HttpResponse<String> login = new Visitor().get("/dashboard/aanmelden");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<h1>Aanmelden</h1>", "Gebruikersnaam", "Wachtwoord");
    assertThat(new Visitor().get("/dashboard/dashboard.css").statusCode()).as("styles are open").isEqualTo(200);
    assertThat(new Visitor().get("/dashboard/index.html").statusCode()).as("the page itself is not").isEqualTo(302);
  }

  @Test
  void theApiAsksAScriptForBasicButNeverMakesABrowserPopUpItsPasswordDialog() {
    HttpResponse<String> script = new Visitor().get("/api/dashboard/overzicht");
    HttpResponse<String> browser = new Visitor().get("/api/dashboard/overzicht", "Sec-Fetch-Mode", "cors");

    assertThat(script.statusCode()).isEqualTo(401);
    assertThat(melding(script)).startsWith("U bent niet aangemeld.");
    assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic realm=\"Werkstroom\""));
    assertThat(browser.statusCode()).isEqualTo(401);
    assertThat(melding(browser)).startsWith("U bent niet aangemeld.");
    assertThat(browser.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void aManagerLoggedInToTheWebappsSeesTheDashboardWithoutAnotherLogin() {
    Visitor marieke = new Visitor();
    assertThat(marieke.loginToWebapps("marieke")).isEqualTo(200);
    String sessionId = marieke.cookie("JSESSIONID").orElseThrow();

    HttpResponse<String> page = marieke.get("/dashboard");
    HttpResponse<String> choices = marieke.get("/api/dashboard/keuzes");
    HttpResponse<String> who = marieke.get("/dashboard/sessie");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Dashboard – Werkstroom</title>");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("script-src 'self'"));
    assertThat(choices.statusCode()).as(choices.body()).isEqualTo(200);
    assertThat(json(choices).get("gemeenten").findValuesAsText("id")).containsExactly("leiden");
    assertThat(json(who).get("naam").asText()).isEqualTo("Marieke Jansen");
    assertThat(json(who).get("toegang").asBoolean()).isTrue();
    assertThat(marieke.cookie("JSESSIONID")).as("the webapps' session is read, never replaced").contains(sessionId);
    assertThat(marieke.get("/camunda/api/admin/auth/user/default").statusCode())
        .as("still logged in to the webapps").isEqualTo(200);
  }

  @Test
  void anEmployeeWithoutTheRoleIsToldInDutchThatTheDashboardIsNotForHer() {
    Visitor sanne = new Visitor();
    assertThat(sanne.loginToWebapps("sanne")).isEqualTo(200);

    HttpResponse<String> page = sanne.get("/dashboard");
    HttpResponse<String> api = sanne.get("/api/dashboard/overzicht");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<h1>Geen toegang</h1>", "management en beheerders");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(melding(api)).isEqualTo("U heeft geen toegang tot het dashboard. Daarvoor is de rol management of "
        + "beheerder nodig.");
  }

  @Test
  void theSessionCountsForReadingOnlySinceTheDashboardHasNoCsrfTokenOfItsOwn() {
    Visitor marieke = new Visitor();
    assertThat(marieke.loginToWebapps("marieke")).isEqualTo(200);

    HttpResponse<String> post = marieke.post("/api/dashboard/keuzes");

    assertThat(post.statusCode()).isEqualTo(401);
    assertThat(marieke.get("/api/dashboard/keuzes").statusCode()).isEqualTo(200);
  }

  @Test
  void scriptsUseHttpBasic() {
    Answer manager = RestApi.as(port, "marieke").get("/api/dashboard/keuzes");
    Answer administrator = RestApi.as(port, "admin").get("/api/dashboard/keuzes");
    Answer employee = RestApi.as(port, "sanne").get("/api/dashboard/keuzes");
    // Someone no other test logs in as: a wrong password makes the engine hold the next login back.
    Answer wrongPassword = RestApi.as(port, "koen", "geraden").get("/api/dashboard/keuzes");

    assertThat(manager.status()).as(manager.toString()).isEqualTo(200);
    assertThat(administrator.status()).as(administrator.toString()).isEqualTo(200);
    assertThat(employee.status()).isEqualTo(403);
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.json().get("melding").asText()).startsWith("U bent niet aangemeld.");
  }

  @Test
  void loggingOutOfTheWebappsLogsOutOfTheDashboard() {
    Visitor demo = new Visitor();
    assertThat(demo.loginToWebapps("demo")).isEqualTo(200);
    assertThat(demo.get("/dashboard").statusCode()).isEqualTo(200);

    assertThat(demo.logoutOfWebapps()).isEqualTo(200);

    assertThat(demo.get("/dashboard").statusCode()).isEqualTo(302);
    assertThat(demo.get("/api/dashboard/keuzes").statusCode()).isEqualTo(401);
  }

  private static String melding(HttpResponse<String> response) {
    return json(response).get("melding").asText();
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  /** One browser's cookies, without a browser: logs in to the webapps as their login page does. */
  private final class Visitor {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String... headers) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
      if (headers.length > 0) {
        request.headers(headers);
      }
      return send(request.build());
    }

    HttpResponse<String> post(String path) {
      return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    int loginToWebapps(String demoUser) {
      String token = freshCsrfToken();
      String form = "username=" + URLEncoder.encode(demoUser, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(demoUser, StandardCharsets.UTF_8);
      return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/welcome"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
    }

    int logoutOfWebapps() {
      return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
          .header("X-XSRF-TOKEN", freshCsrfToken())
          .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();
    }

    /** The webapps hand a session without a CSRF token a new one, in a header and a cookie. */
    private String freshCsrfToken() {
      HttpResponse<String> page = get("/camunda/app/welcome/default/");
      return page.headers().firstValue("X-XSRF-TOKEN").or(() -> cookie("XSRF-TOKEN"))
          .orElseThrow(() -> new AssertionError("The webapps gave no CSRF token"));
    }

    Optional<String> cookie(String name) {
      return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
          .map(HttpCookie::getValue).findFirst();
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
