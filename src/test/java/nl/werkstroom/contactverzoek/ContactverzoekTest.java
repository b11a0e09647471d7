package nl.werkstroom.contactverzoek;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.catalogi.StatusType;
import nl.werkstroom.integration.zgw.zaken.Kenmerk;
import nl.werkstroom.integration.zgw.zaken.Status;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi.Answer;
import nl.werkstroom.support.RestApi;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The noodknop end to end, as a KCC employee does it through the REST API that Tasklist uses. */
@ApplicationTest
class ContactverzoekTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @LocalServerPort
  int port;

  @Autowired
  ZakenClient zaken;

  @Autowired
  CatalogiClient catalogi;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCallbackRequestBecomesAKccTaskDueInTwoWorkingDaysOverChristmas() {
    // Wednesday 23 December 2026: Thursday counts, Friday and Saturday are Christmas, Sunday is Sunday.
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 23, 10, 0, 0, 0, AMSTERDAM).toInstant()));
    RestApi fatima = RestApi.as(port, "fatima");

    Answer started = fatima.post("/engine-rest/process-definition/key/contactverzoek/start", Map.of(
        "variables", Map.of(
            "naam", Map.of("value", "A. Jansen"),
            "telefoonnummer", Map.of("value", "071 516 5000"),
            "onderwerp", Map.of("value", "Ik wil graag iemand spreken over mijn subsidie"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    assertThat(started.json().get("tenantId").asText()).isEqualTo("leiden");

    JsonNode task = Eventually.get("the callback task",
        () -> fatima.get("/engine-rest/task?processInstanceId=" + instanceId + "&maxResults=10").json()).get(0);
    assertThat(task.get("name").asText()).isEqualTo("Klant terugbellen");
    assertThat(task.get("tenantId").asText()).isEqualTo("leiden");
    assertThat(dueDate(task)).isEqualTo(LocalDate.of(2026, 12, 28));
    JsonNode candidates = fatima.get("/engine-rest/task/" + task.get("id").asText() + "/identity-links").json();
    assertThat(candidates.findValuesAsText("groupId")).containsExactly("kcc");
    assertThat(fatima.get("/engine-rest/task/" + task.get("id").asText() + "/form").json().get("camundaFormRef").get("key").asText())
        .contains("contactverzoek-terugbellen");

    Answer completed = fatima.post("/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of(
        "variables", Map.of(
            "uitkomst", Map.of("value", "gesproken"),
            "notitie", Map.of("value", "Teruggebeld, vraag beantwoord"))));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);

    Eventually.get("the instance to complete", () -> "COMPLETED".equals(RestApi.as(port, "marieke")
        .get("/engine-rest/history/process-instance/" + instanceId).json().path("state").asText()));
    JsonNode finished = RestApi.as(port, "marieke").get("/engine-rest/history/process-instance/" + instanceId).json();
    Zaak zaak = zaken.get(zaakUrl(instanceId));
    assertThat(finished.get("businessKey").asText()).isEqualTo(zaak.identificatie()).startsWith("ZAAK-");
    assertThat(zaak.einddatum()).as("the zaak is closed").isNotNull();
    assertThat(zaak.resultaat()).isNotNull();
    assertThat(statusNames(zaak)).containsExactly("Ontvangen", "In behandeling", "Afgehandeld");
    JsonNode outcome = RestApi.as(port, "marieke").get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId
        + "&variableName=uitkomst&maxResults=10").json();
    assertThat(outcome.get(0).get("value").asText()).isEqualTo("gesproken");
  }

  @Test
  void anEmployeeOutsideKccCannotWorkOnTheCallback() {
    Answer started = RestApi.as(port, "sanne").post("/engine-rest/process-definition/key/contactverzoek/start", Map.of(
        "variables", Map.of(
            "naam", Map.of("value", "B. de Vries"),
            "telefoonnummer", Map.of("value", "0612345678"),
            "onderwerp", Map.of("value", "Terugbelverzoek"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    JsonNode tasks = Eventually.get("the callback task for kcc", () -> RestApi.as(port, "joost")
        .get("/engine-rest/task?processInstanceId=" + instanceId + "&maxResults=10").json());
    assertThat(tasks).hasSize(1);
    RestApi sanne = RestApi.as(port, "sanne");
    assertThat(sanne.get("/engine-rest/task?processInstanceId=" + instanceId + "&maxResults=10").json()).isEmpty();
    Answer completion = sanne.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("uitkomst", Map.of("value", "gesproken"))));
    assertThat(completion.status()).isIn(403, 404);
  }

  @Test
  void tasklistOffersTheDutchStartForm() {
    JsonNode startForm = RestApi.as(port, "fatima").get("/engine-rest/process-definition/key/contactverzoek/startForm")
        .json();

    assertThat(startForm.get("camundaFormRef").get("key").asText()).isEqualTo("contactverzoek-start");
    JsonNode startable = RestApi.as(port, "fatima").get(
        "/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true&latestVersion=true"
            + "&maxResults=50").json();
    assertThat(startable.findValuesAsText("key")).contains("contactverzoek");
    assertThat(startable.findValuesAsText("name")).contains("Contactverzoek (noodknop)");
  }

  @Test
  void theCaseIsAZaakWithinSecondsOfTheStart() {
    Answer started = RestApi.as(port, "joost").post("/engine-rest/process-definition/key/contactverzoek/start", Map.of(
        "variables", Map.of(
            "naam", Map.of("value", "D. Zaak"),
            "telefoonnummer", Map.of("value", "0612345678"),
            "onderwerp", Map.of("value", "Graag persoonlijk contact"))));
    String instanceId = started.json().get("id").asText();

    Eventually.get("the callback task", () -> RestApi.as(port, "joost")
        .get("/engine-rest/task?processInstanceId=" + instanceId + "&maxResults=10").json());
    String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getBusinessKey();

    Zaak zaak = zaken.get(zaakUrl(instanceId));
    assertThat(zaak.identificatie()).isEqualTo(businessKey);
    assertThat(zaak.bronorganisatie()).isEqualTo("001005650");
    assertThat(zaak.kenmerken()).extracting(Kenmerk::kenmerk).contains(instanceId);
    assertThat(statusNames(zaak)).as("registered, then the milestone of the callback task")
        .containsExactly("Ontvangen", "In behandeling");
  }

  private List<String> statusNames(Zaak zaak) {
    Map<String, String> names = catalogi.statustypen(zaak.zaaktype()).stream()
        .collect(Collectors.toMap(StatusType::url, StatusType::omschrijving));
    return zaken.statussen(zaak.url()).stream()
        .sorted(Comparator.comparing(Status::datumStatusGezet))
        .map(status -> names.get(status.statustype()))
        .toList();
  }

  private String zaakUrl(String instanceId) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("zaakUrl").singleResult().getValue().toString();
  }

  private static LocalDate dueDate(JsonNode task) {
    return OffsetDateTime.parse(task.get("due").asText(), CAMUNDA_DATE).atZoneSameInstant(AMSTERDAM).toLocalDate();
  }
}
