package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.werkstroom.integration.financien.Betaling;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.simulator.zgw.ZgwRawApi;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * A subsidy request from the website to the decision, over HTTP only, as the people involved do it:
 * the website submits, the behandelaar works the tasks through the task REST API that Tasklist uses,
 * the mandaathouder decides; then the decision, the letter, the advance payment and the e-mail are
 * where the municipality's systems show them.
 */
@ApplicationTest
class SubsidieAanvraagOverHttpTest {

  private static final String AANVRAGEN = "/api/subsidie/aanvragen";
  private static final String ZAKEN = "/simulator/zgw/zaken/api/v1";
  private static final String BESLUITEN = "/simulator/zgw/besluiten/api/v1";

  @LocalServerPort
  int port;

  @Autowired
  FinancienClient financien;

  @Autowired
  ZgwProperties zgw;

  @Autowired
  HistoryService historyService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Test
  void aRequestAboveTheLowerTierIsGrantedWithAnAdvanceAndTheApplicantHearsOfIt() {
    String email = "aanvrager-" + UUID.randomUUID() + "@voorbeeld.nl";
    Map<String, Object> aanvraag = AanvraagValidatieTest.persoon();
    aanvraag.put("gemeente", "leiden");
    aanvraag.put("email", email);
    aanvraag.put("aangevraagdBedrag", 6000);
    aanvraag.put("begroting", 8000);

    Answer ingediend = RestApi.as(port, "loket").post(AANVRAGEN, aanvraag);

    assertThat(ingediend.status()).as(ingediend.toString()).isEqualTo(201);
    String zaak = ingediend.json().get("zaakidentificatie").asText();
    String instance = ingediend.json().get("processInstanceId").asText();
    assertThat(zaak).startsWith("ZAAK-");

    RestApi sanne = RestApi.as(port, "sanne");
    JsonNode volledigheid = taak(sanne, instance, "Task_VolledigheidBeoordelen");
    assertThat(sanne.get("/engine-rest/task?processInstanceBusinessKey=" + zaak + "&maxResults=10").json()
        .findValuesAsText("id"))
        .as("the task is found by the zaak number").containsExactly(id(volledigheid));
    assertThat(volledigheid.get("name").asText()).isEqualTo("Volledigheid beoordelen");
    JsonNode formulier = sanne.get("/engine-rest/task/" + id(volledigheid) + "/form-variables").json();
    assertThat(formulier.path("aanvragerNaam").path("value").asText()).isEqualTo("J. de Vries");
    assertThat(formulier.path("regelingNaam").path("value").asText()).isEqualTo("Subsidieregeling sport en bewegen");
    claimEnRond(sanne, "sanne", volledigheid, Map.of("aanvraagVolledig", Map.of("value", true)));

    JsonNode beoordeling = taak(sanne, instance, "Task_AanvraagBeoordelen");
    JsonNode beoordelingsformulier = sanne.get("/engine-rest/task/" + id(beoordeling) + "/form-variables").json();
    assertThat(beoordelingsformulier.path("aangevraagdBedrag").path("value").asDouble()).isEqualTo(6000.0);
    assertThat(beoordelingsformulier.path("reserveringId").path("value").asText()).as("budget reserved").isNotBlank();
    claimEnRond(sanne, "sanne", beoordeling, Map.of(
        "voorstel", Map.of("value", "verlenen"),
        "toegekendBedrag", Map.of("value", 6000.0, "type", "Double"),
        "beoordelingToelichting", Map.of("value", "Past binnen de regeling; begroting is redelijk.")));

    RestApi henk = RestApi.as(port, "henk");
    JsonNode besluit = taak(henk, instance, "Task_BesluitNemen");
    Answer doorSanne = sanne.post("/engine-rest/task/" + id(besluit) + "/complete",
        Map.of("variables", Map.of("besluitAkkoord", Map.of("value", true))));
    assertThat(doorSanne.status()).as("a behandelaar cannot decide: " + doorSanne).isIn(403, 404);
    claimEnRond(henk, "henk", besluit, Map.of("besluitAkkoord", Map.of("value", true)));

    // The website sees the case waiting for the applicant's account, after the advance payment.
    String betalingId = Eventually.get("the advance payment", () -> variabele(instance, "voorschotBetalingId"));
    Betaling voorschot = financien.betaling("LEI01", betalingId);
    assertThat(voorschot.bedrag()).isEqualByComparingTo(new BigDecimal("4800.00"));
    assertThat(voorschot.iban()).isEqualTo("NL91ABNA0417164300");

    JsonNode besluitInZgw = besluitVan(zaak, variabele(instance, "besluitIdentificatie"));
    assertThat(besluitInZgw.get("toelichting").asText()).isEqualTo("Subsidie verleend: Subsidieregeling sport en bewegen");
    String brief = brief(besluitInZgw);
    assertThat(brief).contains("€ 6.000,00").contains("J. de Vries").contains(zaak).contains("bezwaar");

    JsonNode mail = Eventually.get("the e-mail with the decision", () -> mailAan(email, "subsidie verleend"));
    assertThat(mail.get("tekst").asText()).contains(zaak).contains("€ 6.000,00");
    assertThat(mailAan(email, "subsidieaanvraag ontvangen")).as("the acknowledgement of receipt").isNotNull();
  }

  @Test
  void aLeidenEmployeeDoesNotSeeTheCasesOfOegstgeest() {
    Map<String, Object> aanvraag = AanvraagValidatieTest.persoon();
    aanvraag.put("gemeente", "oegstgeest");
    aanvraag.put("regeling", "duurzame-initiatieven");
    Answer ingediend = RestApi.as(port, "loket").post(AANVRAGEN, aanvraag);
    assertThat(ingediend.status()).as(ingediend.toString()).isEqualTo(201);
    String zaak = ingediend.json().get("zaakidentificatie").asText();
    String instance = ingediend.json().get("processInstanceId").asText();

    JsonNode voorOtto = taak(RestApi.as(port, "otto"), instance, "Task_VolledigheidBeoordelen");
    assertThat(voorOtto.get("tenantId").asText()).isEqualTo("oegstgeest");

    for (String leidenaar : new String[] {"sanne", "daan", "henk"}) {
      RestApi leiden = RestApi.as(port, leidenaar);
      assertThat(lijst(leiden, "/engine-rest/task?processInstanceId=" + instance)).as(leidenaar).isEmpty();
      // Zaak numbers are unique per municipality only: Leiden may have a case with the same number.
      assertThat(lijst(leiden, "/engine-rest/task?processInstanceBusinessKey=" + zaak).findValuesAsText("tenantId"))
          .as(leidenaar).doesNotContain("oegstgeest");
      assertThat(lijst(leiden, "/engine-rest/process-instance?businessKey=" + zaak).findValuesAsText("id"))
          .as(leidenaar).doesNotContain(instance);
      assertThat(leiden.get(AANVRAGEN + "/" + instance).status()).as(leidenaar).isIn(403, 404);
      Answer status = leiden.get(AANVRAGEN + "/" + zaak);
      assertThat(status.status() == 200 ? status.json().get("gemeente").asText() : "geen")
          .as(leidenaar + ": " + status).isNotEqualTo("oegstgeest");
      Answer afronden = leiden.post("/engine-rest/task/" + id(voorOtto) + "/complete",
          Map.of("variables", Map.of("aanvraagVolledig", Map.of("value", true))));
      assertThat(afronden.status()).as(leidenaar + ": " + afronden).isIn(403, 404);
    }
  }

  /** The open task of this kind in the case, as the user's task list shows it. */
  private JsonNode taak(RestApi api, String processInstanceId, String taskDefinitionKey) {
    try {
      return Eventually.get(taskDefinitionKey + " of " + processInstanceId, () -> {
        JsonNode tasks = api.get("/engine-rest/task?processInstanceId=" + processInstanceId
            + "&taskDefinitionKey=" + taskDefinitionKey + "&maxResults=10").json();
        return tasks.isEmpty() ? null : tasks.get(0);
      }, Duration.ofSeconds(60));
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; the instance is at " + waar(processInstanceId), e);
    }
  }

  /** Where an instance stands, for the message of a failing test: its activities, jobs and incidents. */
  private String waar(String processInstanceId) {
    if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return "(ended)";
    }
    return runtimeService.getActiveActivityIds(processInstanceId) + ", jobs "
        + managementService.createJobQuery().processInstanceId(processInstanceId).list().stream()
            .map(job -> job.getId() + " due " + job.getDuedate() + " retries " + job.getRetries() + " "
                + job.getExceptionMessage()).toList()
        + ", incidents " + runtimeService.createIncidentQuery().processInstanceId(processInstanceId).list().stream()
            .map(incident -> incident.getActivityId() + ": " + incident.getIncidentMessage()).toList();
  }

  /** A list query of the engine's REST API, paged as Tasklist pages it (the engine refuses unbounded queries). */
  private static JsonNode lijst(RestApi api, String query) {
    Answer answer = api.get(query + "&maxResults=50");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().isArray()).as(answer.toString()).isTrue();
    return answer.json();
  }

  private static void claimEnRond(RestApi api, String user, JsonNode task, Map<String, Object> variables) {
    Answer claimed = api.post("/engine-rest/task/" + id(task) + "/claim", Map.of("userId", user));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    Answer completed = api.post("/engine-rest/task/" + id(task) + "/complete", Map.of("variables", variables));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
  }

  private static String id(JsonNode task) {
    return task.get("id").asText();
  }

  private String variabele(String processInstanceId, String naam) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(naam).list().stream().map(HistoricVariableInstance::getValue)
        .filter(value -> value != null).map(Object::toString).findFirst().orElse(null);
  }

  /** The decision of the case, as an operator finds it in the Besluiten API by the number Cockpit shows. */
  private JsonNode besluitVan(String zaak, String besluitIdentificatie) {
    ZgwRawApi zgwApi = ZgwRawApi.on(port);
    // Zaak and besluit numbers are unique per organisation, not across municipalities.
    String rsin = zgw.tenant("leiden").rsin();
    JsonNode zaken = zgwApi.send(HttpMethod.GET, ZAKEN + "/zaken?identificatie=" + zaak + "&bronorganisatie=" + rsin,
        null, this::zgwHeaders).json();
    assertThat(zaken.get("results")).as("the zaak " + zaak).hasSize(1);
    String zaakUrl = zaken.get("results").get(0).get("url").asText();
    JsonNode besluiten = zgwApi.send(HttpMethod.GET, BESLUITEN + "/besluiten?identificatie="
        + besluitIdentificatie + "&verantwoordelijkeOrganisatie=" + rsin, null, this::zgwHeaders).json();
    assertThat(besluiten.get("results")).as("the decision " + besluitIdentificatie).hasSize(1);
    JsonNode besluit = besluiten.get("results").get(0);
    assertThat(pad(besluit.get("zaak").asText())).as("the decision belongs to the zaak").isEqualTo(pad(zaakUrl));
    return besluit;
  }

  /** The letter linked to the decision, downloaded from the Documenten API. */
  private String brief(JsonNode besluit) {
    ZgwRawApi zgwApi = ZgwRawApi.on(port);
    JsonNode koppelingen = zgwApi.send(HttpMethod.GET, BESLUITEN + "/besluitinformatieobjecten?besluit="
        + besluit.get("url").asText(), null, this::zgwHeaders).json();
    assertThat(koppelingen).as("the letter is linked to the decision").hasSize(1);
    String document = koppelingen.get(0).get("informatieobject").asText();
    ZgwRawApi.Answer download = zgwApi.send(HttpMethod.GET, pad(document) + "/download", null, this::zgwHeaders);
    assertThat(download.status()).isEqualTo(200);
    return download.body();
  }

  private JsonNode mailAan(String email, String onderwerp) {
    JsonNode berichten = RestApi.anonymous(port).get("/simulator/mail/api/berichten").json();
    for (JsonNode bericht : berichten) {
      if (bericht.get("aan").asText().equals(email) && bericht.get("onderwerp").asText().contains(onderwerp)) {
        return bericht;
      }
    }
    return null;
  }

  private void zgwHeaders(HttpHeaders headers) {
    headers.set(HttpHeaders.AUTHORIZATION, ZgwRawApi.bearer(zgw.clientId(), zgw.secret()));
    headers.set("Accept-Crs", "EPSG:4326");
  }

  /** The path of a simulator URL, so the request goes to this test's server whatever host the URL names. */
  private static String pad(String url) {
    return java.net.URI.create(url).getRawPath();
  }
}
