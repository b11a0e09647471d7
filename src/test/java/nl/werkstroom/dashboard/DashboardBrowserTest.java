package nl.werkstroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Contactverzoeken;
import nl.werkstroom.support.Browser;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The managers' dashboard in a real browser, as Marieke (management, Leiden) uses it: she logs in
 * on the dashboard, reads the figures and charts, narrows them to one process, downloads a table,
 * sees nothing of Oegstgeest and opens Tasklist without logging in again. Others are turned away.
 * Leaves a picture of her dashboard in the build directory (dashboard.png) for the README.
 */
@ApplicationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

  private static final String CONTACTVERZOEK = "Contactverzoek (noodknop)";

  @LocalServerPort
  int port;

  private Browser browser;
  private boolean casesCreated;

  @BeforeAll
  void launchBrowser() {
    browser = Browser.launch();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void someCasesInBothMunicipalities() {
    if (casesCreated) {
      return;
    }
    for (int i = 0; i < 3; i++) {
      startContactverzoek("fatima", "Inwoner Leiden " + i);
    }
    for (int i = 0; i < 2; i++) {
      startContactverzoek("olga", "Inwoner Oegstgeest " + i);
    }
    completeOneCallback();
    casesCreated = true;
  }

  @Test
  void mariekeReadsHerMunicipalitysFiguresNarrowsThemDownloadsATableAndOpensTasklist() throws Exception {
    try (Browser.Session marieke = browser.newSession(port)) {
      Page page = marieke.page();

      page.navigate("/dashboard");
      assertThat(page.url()).contains("/dashboard/aanmelden?terug=%2Fdashboard");
      logIn(page, "marieke");
      page.waitForURL("**/dashboard");
      waitForFigures(page);

      assertThat(page.locator("#gebruiker-naam").textContent()).isEqualTo("Marieke Jansen");
      JsonNode overview = RestApi.as(port, "marieke").get("/api/dashboard/overzicht").json();
      JsonNode contactverzoek = row(overview, "contactverzoek");
      assertThat(contactverzoek.get("gestart").asLong()).as("the three started in Leiden").isGreaterThanOrEqualTo(3);
      Locator overviewRow = page.locator("#overzicht-tabel tbody tr", new Page.LocatorOptions().setHasText(CONTACTVERZOEK));
      assertThat(overviewRow.locator("td").first().textContent()).isEqualTo("Gemeente Leiden");
      assertThat(overviewRow.locator("td").nth(1).textContent().replace(".", ""))
          .isEqualTo(contactverzoek.get("gestart").asText());
      assertThat(overviewRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("In Cockpit bekijken"))
          .getAttribute("href")).isEqualTo(contactverzoek.get("links").get("cockpit").asText());

      // The charts are drawn: Chart.js instances on visible canvases, carrying the API's figures.
      for (String chart : List.of("weken-grafiek", "doorlooptijden-grafiek", "wachttijden-grafiek")) {
        assertThat(page.evaluate("id => !!Chart.getChart(id)", chart)).as(chart).isEqualTo(true);
        assertThat(page.locator("#" + chart).boundingBox().height).as(chart + " height").isGreaterThan(100);
      }
      long startedInChart = ((Number) page.evaluate(
          "() => Chart.getChart('weken-grafiek').data.datasets[0].data.reduce((a, b) => a + b, 0)")).longValue();
      String startedTile = page.locator(".tegel", new Page.LocatorOptions().setHasText("Gestart"))
          .locator(".tegel-getal").textContent();
      assertThat(Long.parseLong(startedTile.replace(".", ""))).as("started per week adds up to the overview")
          .isEqualTo(startedInChart);

      // Nothing of Oegstgeest: no choice, no row, no name.
      assertThat(page.locator("#gemeente option").allTextContents()).doesNotContain("Gemeente Oegstgeest");
      assertThat(page.locator("main").textContent()).doesNotContain("Oegstgeest").doesNotContain("oegstgeest");

      Files.createDirectories(Browser.screenshotDirectory());
      page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotDirectory().resolve("dashboard.png"))
          .setFullPage(true));

      // One process: the address keeps the choice, the figures follow it.
      processChoice(page).selectOption("contactverzoek");
      page.waitForURL("**/dashboard?proces=contactverzoek");
      waitForFigures(page);
      assertThat(page.locator("#overzicht-tabel tbody tr").allTextContents())
          .allSatisfy(text -> assertThat(text).contains(CONTACTVERZOEK));
      assertThat(page.locator("#budgetten-tabel").textContent()).contains("Budgetten horen bij subsidieaanvragen");
      page.reload();
      waitForFigures(page);
      assertThat(processChoice(page).inputValue()).as("a bookmark shows the same view").isEqualTo("contactverzoek");

      // The table as a spreadsheet, for the chosen process only.
      Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
          new Page.GetByRoleOptions().setName("CSV downloaden (overzicht)")).click());
      assertThat(download.url()).contains("/api/dashboard/overzicht?proces=contactverzoek&formaat=csv");
      assertThat(download.suggestedFilename()).startsWith("werkstroom-overzicht-").endsWith(".csv");
      List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
      assertThat(lines.get(0)).isEqualTo("\uFEFFProces;Gemeente;Gestart;Afgerond;Lopend;Open taken;Taken te laat;Incidenten");
      assertThat(lines).hasSize(2);
      assertThat(lines.get(1)).startsWith(CONTACTVERZOEK + ";Gemeente Leiden;" + contactverzoek.get("gestart").asText() + ";");

      assertThat(marieke.scriptErrors()).as("no script errors, no refused resources").isEmpty();

      // The webapps' welcome page leads to the dashboard.
      page.navigate("/camunda/app/welcome/default/");
      Locator toDashboard = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true));
      toDashboard.waitFor();
      assertThat(toDashboard.getAttribute("href")).isEqualTo("/dashboard");

      // The same session opens Tasklist: no second login.
      page.navigate("/camunda/app/tasklist/default/");
      page.getByText("Marieke Jansen").first().waitFor();
      assertThat(page.locator("input[type=password]").count()).as("no login form").isZero();

      // Logging out on the dashboard logs out of the webapps too: one session.
      page.navigate("/dashboard");
      waitForFigures(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();
      page.waitForURL("**/dashboard/aanmelden?afgemeld=ja");
      page.getByText("U bent afgemeld.").waitFor();
      assertThat(page.navigate("/camunda/api/admin/auth/user/default").status()).isEqualTo(404);
      page.navigate("/dashboard");
      assertThat(page.url()).contains("/dashboard/aanmelden?terug=");
    }
  }

  @Test
  void anEmployeeWithoutTheManagementRoleIsTurnedAwayInDutch() {
    try (Browser.Session sanne = browser.newSession(port)) {
      Page page = sanne.page();
      page.navigate("/dashboard/aanmelden");
      logIn(page, "sanne");
      page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang")).waitFor();

      Response again = page.navigate("/dashboard");

      assertThat(again.status()).isEqualTo(403);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang")).isVisible()).isTrue();
      page.getByText("U bent aangemeld als Sanne Visser").waitFor();
      assertThat(page.locator("canvas").count()).isZero();
    }
  }

  @Test
  void aVisitorWhoIsNotLoggedInGetsTheLoginPage() {
    try (Browser.Session visitor = browser.newSession(port)) {
      Page page = visitor.page();

      page.navigate("/dashboard?proces=contactverzoek");

      assertThat(page.url()).endsWith("/dashboard/aanmelden?terug=%2Fdashboard%3Fproces%3Dcontactverzoek");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aanmelden")).isVisible()).isTrue();
      // Someone no other test logs in as: a wrong password makes the engine hold the next login back.
      logIn(page, "yusuf", "geraden");
      assertThat(page.getByRole(AriaRole.ALERT).textContent()).startsWith("Gebruikersnaam of wachtwoord is onjuist.");
      assertThat(page.url()).contains("/dashboard/aanmelden");
    }
  }

  private static void logIn(Page page, String user) {
    logIn(page, user, user);
  }

  private static void logIn(Page page, String user, String password) {
    // The page is ready for a person once its script has put the cursor in the user name field.
    page.waitForFunction("() => document.activeElement && document.activeElement.id === 'gebruikersnaam'");
    page.getByLabel("Gebruikersnaam").fill(user);
    page.getByLabel("Wachtwoord").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
    if (!user.equals(password)) {
      page.getByRole(AriaRole.ALERT).waitFor();
      return;
    }
    page.waitForFunction("() => !location.pathname.endsWith('/aanmelden') || !document.getElementById('fout').hidden");
    if (page.url().contains("/aanmelden")) {
      throw new AssertionError(user + " could not log in: " + page.locator("#fout").textContent());
    }
  }

  /** The page says when it has shown every section's figures, or what went wrong. */
  private static void waitForFigures(Page page) {
    page.waitForLoadState(LoadState.NETWORKIDLE);
    page.waitForFunction("() => !document.body.hasAttribute('aria-busy') && document.getElementById('status').textContent"
        + " && !document.getElementById('status').textContent.includes('worden geladen')");
    assertThat(page.locator("#status").textContent()).startsWith("Bijgewerkt om");
  }

  private static JsonNode row(JsonNode overview, String process) {
    for (JsonNode rij : overview.get("rijen")) {
      if (rij.get("proces").asText().equals(process)) {
        return rij;
      }
    }
    throw new AssertionError("No row for " + process + " in " + overview);
  }

  /** The filter's process list (exactly: other tests deploy processes whose links mention "Proces"). */
  private static Locator processChoice(Page page) {
    return page.getByLabel("Proces", new Page.GetByLabelOptions().setExact(true));
  }

  private void startContactverzoek(String kccEmployee, String name) {
    Contactverzoeken.start(port, kccEmployee, name, "Graag iemand spreken");
  }

  private void completeOneCallback() {
    RestApi fatima = RestApi.as(port, "fatima");
    JsonNode task = Eventually.get("a callback task in Leiden",
        () -> fatima.get("/engine-rest/task?processDefinitionKey=contactverzoek&tenantIdIn=leiden&maxResults=1").json())
        .get(0);
    Answer completed = fatima.post("/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of(
        "variables", Map.of("uitkomst", Map.of("value", "gesproken"), "notitie", Map.of("value", "Teruggebeld"))));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
  }
}
