package nl.werkstroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Contactverzoeken;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The figures a manager reads, for a known set of contact requests in Leiden in the week of Monday
 * 3 February 2025 (a week no other test uses): three called back after 6, 47 and 96 hours, one
 * still open and overdue, with an incident. Figures of now (open tasks) are compared before and
 * after, since other tests share the application.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final String WEEK = "van=2025-02-03&tot=2025-02-09";
  private static final String LEIDEN_CONTACT = "gemeente=leiden&proces=contactverzoek&" + WEEK;
  private static final String INCIDENT_TYPE = "dashboardtest";

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  HistoryService historyService;

  private JsonNode kccVoor;
  private String openInstantie;
  private Instant openSinds;
  private String incidentId;

  @BeforeAll
  void eenBekendeWeekContactverzoeken() {
    kccVoor = kccRij(marieke().get("/api/dashboard/taken?gemeente=leiden&proces=contactverzoek").json());
    try {
      String a = start(moment(3, 9, 0));
      String b = start(moment(3, 10, 0));
      String c = start(moment(3, 11, 0));
      terugbellen(a, moment(3, 15, 0));
      openSinds = moment(4, 9, 0);
      openInstantie = start(openSinds);
      String execution = runtimeService.createExecutionQuery().processInstanceId(openInstantie)
          .activityId("Task_KlantTerugbellen").singleResult().getId();
      Incident incident = runtimeService.createIncident(INCIDENT_TYPE, execution, "test",
          "Testincident van het dashboard\nmet een tweede regel");
      incidentId = incident.getId();
      terugbellen(b, moment(5, 9, 0));
      terugbellen(c, moment(7, 11, 0));
    } finally {
      ClockUtil.reset();
    }
  }

  @AfterAll
  void opruimen() {
    try {
      ClockUtil.setCurrentTime(Date.from(moment(7, 12, 0)));
      if (incidentId != null) {
        runtimeService.resolveIncident(incidentId);
      }
      if (openInstantie != null) {
        runtimeService.deleteProcessInstance(openInstantie, "DashboardApiTest is klaar");
      }
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void startedAndCompletedPerWeek() {
    Answer weken = marieke().get("/api/dashboard/weken?" + LEIDEN_CONTACT);

    assertThat(weken.status()).as(weken.toString()).isEqualTo(200);
    JsonNode json = weken.json();
    assertThat(json.get("periode").get("van").asText()).isEqualTo("2025-02-03");
    assertThat(json.get("periode").get("tot").asText()).isEqualTo("2025-02-09");
    assertThat(json.get("rijen")).hasSize(1);
    JsonNode rij = json.get("rijen").get(0);
    assertThat(rij.get("week").asText()).isEqualTo("2025-02-03");
    assertThat(rij.get("proces").asText()).isEqualTo("contactverzoek");
    assertThat(rij.get("gemeente").asText()).isEqualTo("leiden");
    assertThat(rij.get("gestart").asLong()).isEqualTo(4);
    assertThat(rij.get("afgerond").asLong()).isEqualTo(3);

    JsonNode tweeWeken = marieke().get("/api/dashboard/weken?gemeente=leiden&proces=contactverzoek"
        + "&van=2025-01-27&tot=2025-02-03").json().get("rijen");
    assertThat(tweeWeken).extracting(week -> week.get("week").asText()).containsExactly("2025-01-27", "2025-02-03");
    assertThat(tweeWeken.get(0).get("gestart").asLong()).as("an empty week shows zeros").isZero();
  }

  @Test
  void theOverviewCountsTheWeekAndWhatIsOpenNow() {
    JsonNode rijen = marieke().get("/api/dashboard/overzicht?" + LEIDEN_CONTACT).json().get("rijen");

    assertThat(rijen).hasSize(1);
    JsonNode rij = rijen.get(0);
    assertThat(rij.get("procesNaam").asText()).isEqualTo("Contactverzoek (noodknop)");
    assertThat(rij.get("gemeenteNaam").asText()).isEqualTo("Gemeente Leiden");
    assertThat(rij.get("gestart").asLong()).isEqualTo(4);
    assertThat(rij.get("afgerond").asLong()).isEqualTo(3);
    // What is open now includes other tests' cases in the shared application: the engine's own counts.
    assertThat(rij.get("lopend").asLong()).isEqualTo(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("contactverzoek").tenantIdIn("leiden").count()).isPositive();
    assertThat(rij.get("openTaken").asLong()).isEqualTo(taskService.createTaskQuery()
        .processDefinitionKey("contactverzoek").tenantIdIn("leiden").count()).isPositive();
    assertThat(rij.get("teLaat").asLong()).isEqualTo(taskService.createTaskQuery()
        .processDefinitionKey("contactverzoek").tenantIdIn("leiden").dueBefore(new Date()).count()).isPositive();
    assertThat(rij.get("incidenten").asLong()).isEqualTo(runtimeService.createIncidentQuery()
        .processDefinitionKeyIn("contactverzoek").tenantIdIn("leiden").count()).isPositive();
    assertThat(rij.get("links").get("cockpit").asText())
        .startsWith("/camunda/app/cockpit/default/#/process-definition/contactverzoek:").endsWith("/runtime");
  }

  @Test
  void leadTimeMedianP90AndShareWithinTheAgreedTerm() {
    JsonNode rijen = marieke().get("/api/dashboard/doorlooptijden?" + LEIDEN_CONTACT).json().get("rijen");

    assertThat(rijen).hasSize(1);
    JsonNode rij = rijen.get(0);
    assertThat(rij.get("meting").asText()).isEqualTo("doorlooptijd");
    assertThat(rij.get("aantal").asLong()).isEqualTo(3);
    // 6 h, 47 h and 96 h: the median is the class of 47 h (1.96 days), the 90th percentile 4 days.
    assertThat(rij.get("mediaanDagen").decimalValue()).isEqualByComparingTo("2.0");
    assertThat(rij.get("p90Dagen").decimalValue()).isEqualByComparingTo("4.0");
    assertThat(rij.get("termijnDagen").decimalValue()).isEqualByComparingTo("2.0");
    assertThat(rij.get("termijnSoort").asText()).isEqualTo("afgesproken");
    assertThat(rij.get("termijnOmschrijving").asText()).isEqualTo("Afgehandeld binnen 48 uur");
    assertThat(rij.get("binnenTermijn").asLong()).isEqualTo(2);
    assertThat(rij.get("binnenTermijnPercentage").decimalValue()).isEqualByComparingTo("66.7");
  }

  @Test
  void waitingTimesPerUserTask() {
    JsonNode rijen = marieke().get("/api/dashboard/wachttijden?" + LEIDEN_CONTACT).json().get("rijen");

    JsonNode rij = enige(rijen, "taak", "Task_KlantTerugbellen");
    assertThat(rij.get("taakNaam").asText()).isEqualTo("Klant terugbellen");
    assertThat(rij.get("afgehandeld").asLong()).isEqualTo(3);
    assertThat(rij.get("mediaanDagen").decimalValue()).isEqualByComparingTo("2.0");
    assertThat(rij.get("p90Dagen").decimalValue()).isEqualByComparingTo("4.0");
    assertThat(rij.get("opTijdPercentage").decimalValue()).as("due at the end of Wednesday: the Friday call was late")
        .isEqualByComparingTo("66.7");
    assertThat(rij.get("open").asLong()).isPositive();
    assertThat(rij.get("oudsteOpenDagen").decimalValue()).isGreaterThan(new BigDecimal("290"));
    assertThat(tasklistZoekopdracht(rij)).contains("{\"type\":\"processDefinitionKey\",\"operator\":\"eq\","
        + "\"value\":\"contactverzoek\"}", "{\"type\":\"taskDefinitionKey\",\"operator\":\"eq\","
        + "\"value\":\"Task_KlantTerugbellen\"}", "{\"type\":\"tenantIdIn\",\"operator\":\"In\",\"value\":\"leiden\"}");
  }

  @Test
  void openTasksPerGroupWithOverdueAndOldest() {
    JsonNode kcc = kccRij(marieke().get("/api/dashboard/taken?gemeente=leiden&proces=contactverzoek").json());

    assertThat(kcc.get("groepNaam").asText()).isEqualTo("Klantcontactcentrum");
    assertThat(kcc.get("procesNaam").asText()).isEqualTo("Contactverzoek (noodknop)");
    // Other tests share the application and may add kcc tasks of their own: compare with the engine's count.
    TaskQuery kccTaken = taskService.createTaskQuery().taskCandidateGroup("kcc").includeAssignedTasks()
        .tenantIdIn("leiden").processDefinitionKey("contactverzoek");
    assertThat(kcc.get("open").asLong()).isEqualTo(kccTaken.count()).isGreaterThan(aantal(kccVoor, "open"));
    assertThat(kcc.get("teLaat").asLong()).as("ours is due Thursday 6 February 2025")
        .isEqualTo(kccTaken.dueBefore(new Date()).count()).isGreaterThan(aantal(kccVoor, "teLaat"));
    assertThat(OffsetDateTime.parse(kcc.get("oudsteSinds").asText()).toInstant()).isEqualTo(openSinds);
    assertThat(kcc.get("oudsteDagen").decimalValue()).isGreaterThan(new BigDecimal("290"));
    assertThat(tasklistZoekopdracht(kcc)).startsWith("[{\"type\":\"candidateGroup\",\"operator\":\"eq\",\"value\":\"kcc\"}");
  }

  @Test
  void incidentsWithTheirNewestMessage() {
    JsonNode rijen = marieke().get("/api/dashboard/incidenten?gemeente=leiden&proces=contactverzoek").json()
        .get("rijen");

    JsonNode rij = enige(rijen, "incidentType", INCIDENT_TYPE);
    assertThat(rij.get("aantal").asLong()).isEqualTo(1);
    assertThat(rij.get("activiteit").asText()).isEqualTo("Task_KlantTerugbellen");
    assertThat(rij.get("activiteitNaam").asText()).isEqualTo("Klant terugbellen");
    assertThat(rij.get("melding").asText()).isEqualTo("Testincident van het dashboard");
    assertThat(OffsetDateTime.parse(rij.get("oudsteSinds").asText()).toInstant()).isEqualTo(openSinds);
    assertThat(rij.get("links").get("cockpit").asText()).endsWith("/runtime?detailsTab=incidents-tab");
  }

  @Test
  void budgetsPerSchemeAgainstTheirCeiling() {
    JsonNode rijen = marieke().get("/api/dashboard/budgetten").json().get("rijen");

    assertThat(rijen).extracting(rij -> rij.get("regeling").asText())
        .containsExactly("sport-en-bewegen", "cultuur", "plafondtest");
    JsonNode cultuur = enige(rijen, "regeling", "cultuur");
    assertThat(cultuur.get("regelingNaam").asText()).isEqualTo("Subsidieregeling cultuur");
    assertThat(cultuur.get("budgetcode").asText()).isEqualTo("SUB-CULTUUR");
    assertThat(cultuur.get("plafond").decimalValue()).isEqualByComparingTo("150000.00");
    assertThat(cultuur.get("fout").isNull()).as(cultuur.toString()).isTrue();
    assertThat(cultuur.get("beschikbaar").decimalValue().add(cultuur.get("gereserveerd").decimalValue())
        .add(cultuur.get("vastgelegd").decimalValue()).add(cultuur.get("betaald").decimalValue()))
        .isEqualByComparingTo("150000.00");
    assertThat(cultuur.get("benutPercentage").decimalValue()).isBetween(BigDecimal.ZERO,
        new BigDecimal("100.0"));

    assertThat(RestApi.as(port, "otto").get("/api/dashboard/budgetten").json().get("rijen"))
        .extracting(rij -> rij.get("regeling").asText() + "@" + rij.get("gemeente").asText())
        .containsExactly("duurzame-initiatieven@oegstgeest");
    assertThat(marieke().get("/api/dashboard/budgetten?proces=contactverzoek").json().get("rijen"))
        .as("contact requests spend no budget").isEmpty();
  }

  @Test
  void aManagerSeesOnlyTheirOwnMunicipality() {
    // Open work in Oegstgeest at this moment, so that leaving it out is shown, not assumed.
    String oegstgeestZaak = Contactverzoeken.start(port, "olga", "O. Egstgeest", "Vraag uit Oegstgeest");
    Eventually.get("the callback task in Oegstgeest", () -> taskService.createTaskQuery()
        .processInstanceId(oegstgeestZaak).list());
    String execution = runtimeService.createExecutionQuery().processInstanceId(oegstgeestZaak)
        .activityId("Task_KlantTerugbellen").singleResult().getId();
    String incident = runtimeService.createIncident(INCIDENT_TYPE, execution, "test-oegstgeest",
        "Testincident in Oegstgeest").getId(); // its own configuration: resolving resolves all of one configuration
    try {
      for (String tabel : List.of("overzicht", "weken", "doorlooptijden", "taken", "wachttijden", "incidenten",
          "budgetten")) {
        Answer answer = marieke().get("/api/dashboard/" + tabel);
        assertThat(answer.status()).as(tabel + ": " + answer).isEqualTo(200);
        assertThat(answer.json().get("rijen").findValuesAsText("gemeente")).as(tabel).containsOnly("leiden");
      }
      for (String tabel : List.of("taken", "wachttijden", "incidenten")) {
        assertThat(RestApi.as(port, "otto").get("/api/dashboard/" + tabel).json().get("rijen")
            .findValuesAsText("gemeente")).as("Oegstgeest's manager sees its " + tabel).containsOnly("oegstgeest");
      }
    } finally {
      runtimeService.resolveIncident(incident);
      runtimeService.deleteProcessInstance(oegstgeestZaak, "DashboardApiTest is klaar");
    }
    // A process Oegstgeest deployed for itself alone: not even its name for Leiden's manager.
    String eigenProces = repositoryService.createDeployment().tenantId("oegstgeest").name("dashboardtest")
        .addModelInstance("eigen.bpmn", Bpmn.createExecutableProcess("alleenOegstgeest").name("Alleen Oegstgeest")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy().getId();
    try {
      assertThat(marieke().get("/api/dashboard/keuzes").json().get("processen").findValuesAsText("sleutel"))
          .doesNotContain("alleenOegstgeest");
      assertThat(marieke().get("/api/dashboard/overzicht?proces=alleenOegstgeest").status()).isEqualTo(400);
      assertThat(RestApi.as(port, "otto").get("/api/dashboard/keuzes").json().get("processen")
          .findValuesAsText("sleutel")).contains("alleenOegstgeest");
    } finally {
      repositoryService.deleteDeployment(eigenProces, true);
    }
    JsonNode keuzes = marieke().get("/api/dashboard/keuzes").json();
    assertThat(keuzes.get("gemeenten").findValuesAsText("id")).containsExactly("leiden");
    assertThat(keuzes.get("processen").findValuesAsText("sleutel")).contains("contactverzoek", "subsidieaanvraag");
    assertThat(keuzes.get("periode").get("tot").asText()).isNotBlank();

    Answer oegstgeest = marieke().get("/api/dashboard/overzicht?gemeente=oegstgeest");
    assertThat(oegstgeest.status()).isEqualTo(403);
    assertThat(oegstgeest.json().get("melding").asText())
        .isEqualTo("U werkt niet voor gemeente 'oegstgeest'. U kunt kiezen uit: leiden.");
  }

  @Test
  void onlyManagersAndAdministratorsAndOnlyLoggedIn() {
    Answer sanne = RestApi.as(port, "sanne").get("/api/dashboard/overzicht");
    assertThat(sanne.status()).isEqualTo(403);
    assertThat(sanne.json().get("melding").asText()).isNotBlank();

    Answer anoniem = RestApi.anonymous(port).get("/api/dashboard/overzicht");
    assertThat(anoniem.status()).isEqualTo(401);
    assertThat(anoniem.json().get("melding").asText()).startsWith("U bent niet aangemeld");

    assertThat(RestApi.as(port, "admin", "admin").get("/api/dashboard/keuzes").json().get("gemeenten")
        .findValuesAsText("id")).as("an administrator of both").containsExactly("leiden", "oegstgeest");
  }

  @Test
  void aBadPeriodOrProcessIsRefusedInDutch() {
    Answer geenDatum = marieke().get("/api/dashboard/weken?van=gisteren");
    assertThat(geenDatum.status()).isEqualTo(400);
    assertThat(geenDatum.json().get("melding").asText()).startsWith("'van' is geen datum");

    Answer omgekeerd = marieke().get("/api/dashboard/weken?van=2025-02-09&tot=2025-02-03");
    assertThat(omgekeerd.status()).isEqualTo(400);
    assertThat(omgekeerd.json().get("fouten").get(0).get("veld").asText()).isEqualTo("van");

    Answer teLang = marieke().get("/api/dashboard/weken?van=2019-01-01&tot=2025-02-03");
    assertThat(teLang.status()).isEqualTo(400);
    assertThat(teLang.json().get("melding").asText()).contains("langer dan 5 jaar");

    Answer onbekend = marieke().get("/api/dashboard/overzicht?proces=bestaatniet");
    assertThat(onbekend.status()).isEqualTo(400);
    assertThat(onbekend.json().get("melding").asText()).contains("contactverzoek", "subsidieaanvraag");

    assertThat(marieke().get("/api/dashboard/overzicht?formaat=xlsx").status()).isEqualTo(400);
  }

  @Test
  void csvHasADutchHeaderAndTheRowsForExcel() {
    ResponseEntity<byte[]> csv = download("/api/dashboard/weken?" + LEIDEN_CONTACT + "&formaat=csv");

    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"werkstroom-weken-2025-02-03-2025-02-09.csv\"");
    String tekst = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(tekst).startsWith("\uFEFF");
    assertThat(tekst.substring(1).lines().toList()).containsExactly(
        "Week (maandag);Proces;Gemeente;Gestart;Afgerond",
        "2025-02-03;contactverzoek;leiden;4;3");

    String doorlooptijden = new String(download("/api/dashboard/doorlooptijden?" + LEIDEN_CONTACT + "&formaat=csv")
        .getBody(), StandardCharsets.UTF_8);
    assertThat(doorlooptijden.lines().toList().get(1))
        .isEqualTo("Contactverzoek (noodknop);leiden;doorlooptijd;3;2,0;4,0;2,0;afgesproken;"
            + "Afgehandeld binnen 48 uur;2;66,7");
  }

  /** A file as the browser downloads it for Marieke, with its headers. */
  private ResponseEntity<byte[]> download(String pad) {
    return RestClient.create("http://localhost:" + port).get().uri(pad)
        .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
            .encodeToString("marieke:marieke".getBytes(StandardCharsets.UTF_8)))
        .retrieve().toEntity(byte[].class);
  }

  private RestApi marieke() {
    return RestApi.as(port, "marieke");
  }

  /** Starts a contact request in Leiden as KCC employee Fatima at a moment, and waits for its callback task. */
  private String start(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
    String instanceId = Contactverzoeken.start(port, "fatima", "D. Ashboard", "Vraag over het dashboard");
    Eventually.get("the callback task", () -> taskService.createTaskQuery().processInstanceId(instanceId).list());
    return instanceId;
  }

  /** Completes the callback task at a moment, as Fatima does in Tasklist, and waits for the instance to end. */
  private void terugbellen(String instanceId, Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    Answer completed = RestApi.as(port, "fatima").post("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", Map.of("uitkomst", Map.of("value", "gesproken"))));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    Eventually.get("the instance to end", () -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).completed().count() == 1);
  }

  private static Instant moment(int dagInFebruari2025, int uur, int minuut) {
    return ZonedDateTime.of(2025, 2, dagInFebruari2025, uur, minuut, 0, 0, AMSTERDAM).toInstant();
  }

  private static JsonNode kccRij(JsonNode taken) {
    List<JsonNode> kcc = new ArrayList<>();
    taken.get("rijen").forEach(rij -> {
      if (rij.get("groep").asText().equals("kcc") && rij.get("gemeente").asText().equals("leiden")) {
        kcc.add(rij);
      }
    });
    return kcc.isEmpty() ? null : kcc.get(0);
  }

  private static long aantal(JsonNode rij, String veld) {
    return rij == null ? 0 : rij.get(veld).asLong();
  }

  private static JsonNode enige(JsonNode rijen, String veld, String waarde) {
    List<JsonNode> gevonden = StreamSupport.stream(rijen.spliterator(), false)
        .filter(rij -> waarde.equals(rij.path(veld).asText())).toList();
    assertThat(gevonden).as(veld + " = " + waarde + " in " + rijen).hasSize(1);
    return gevonden.get(0);
  }

  private static String tasklistZoekopdracht(JsonNode rij) {
    String link = rij.get("links").get("tasklist").asText();
    assertThat(link).startsWith("/camunda/app/tasklist/default/#/?searchQuery=");
    return URLDecoder.decode(link.substring(link.indexOf('=') + 1), StandardCharsets.UTF_8);
  }
}
