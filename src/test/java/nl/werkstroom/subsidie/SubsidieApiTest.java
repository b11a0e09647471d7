package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** The subsidy API as the municipality's website and its employees use it. */
@ApplicationTest
class SubsidieApiTest {

  private static final String AANVRAGEN = "/api/subsidie/aanvragen";
  private static final String BSN = "999990408";

  @LocalServerPort
  int port;

  @Autowired
  HistoryService historyService;

  @Test
  void withoutCredentialsTheApiAsksForThem() {
    Answer answer = RestApi.anonymous(port).post(AANVRAGEN, AanvraagValidatieTest.persoon());

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().get("melding").asText()).contains("niet aangemeld");
  }

  @Test
  void whoMayNotStartARequestIsRefusedAndNothingStarts() {
    long before = aanvragen();

    Answer answer = RestApi.as(port, "ruud").post(AANVRAGEN, AanvraagValidatieTest.persoon());

    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(answer.json().get("melding").asText()).isEqualTo("U mag geen subsidieaanvragen indienen.");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void theWebsiteOfTwoMunicipalitiesSaysForWhichOne() {
    long before = aanvragen();

    Answer answer = RestApi.as(port, "loket").post(AANVRAGEN, AanvraagValidatieTest.persoon());

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().get("fouten").get(0).get("veld").asText()).isEqualTo("gemeente");
    assertThat(answer.json().get("fouten").get(0).get("melding").asText()).contains("leiden, oegstgeest");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void aRequestWithMissingFieldsNamesEachAndStartsNothing() {
    long before = aanvragen();

    Answer answer = RestApi.as(port, "sanne").post(AANVRAGEN, Map.of("regeling", "sport-en-bewegen"));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().get("melding").asText()).isEqualTo("De aanvraag is niet in orde.");
    assertThat(answer.json().get("fouten").findValuesAsText("veld")).contains("soortAanvrager", "aanvragerNaam",
        "email", "aangevraagdBedrag", "begroting", "iban", "rekeninghouder");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void negativeAndAbsurdAmountsAreRefused() {
    long before = aanvragen();
    Map<String, Object> aanvraag = AanvraagValidatieTest.persoon();
    aanvraag.put("aangevraagdBedrag", -100);
    aanvraag.put("begroting", 5e15);

    Answer answer = RestApi.as(port, "sanne").post(AANVRAGEN, aanvraag);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().get("fouten").findValuesAsText("melding")).containsExactly(
        "Het aangevraagde bedrag moet groter zijn dan 0.",
        "De begroting is onwaarschijnlijk hoog: ten hoogste € 100.000.000.");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void anUnknownSchemeIsRefusedWithTheSchemesOfTheMunicipality() {
    long before = aanvragen();
    Map<String, Object> aanvraag = AanvraagValidatieTest.persoon();
    aanvraag.put("regeling", "duurzame-initiatieven");

    Answer answer = RestApi.as(port, "sanne").post(AANVRAGEN, aanvraag);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().get("fouten").get(0).get("melding").asText())
        .isEqualTo("Gemeente Leiden kent geen regeling 'duurzame-initiatieven'. Kies uit: sport-en-bewegen, cultuur, plafondtest.");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsRefusedWithoutParserDetails() {
    long before = aanvragen();

    Answer answer = RestApi.as(port, "sanne").postRaw(AANVRAGEN, MediaType.APPLICATION_JSON,
        ("{\"regeling\": \"sport-en-bewegen\", \"bsn\": \"" + BSN + "\",").getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().get("melding").asText()).isEqualTo("De aanvraag is geen geldige JSON.");
    assertThat(answer.body()).doesNotContain(BSN).doesNotContain("line").doesNotContain("Exception");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void wrongTypesAreFieldErrorsThatNeverEchoTheValue() {
    long before = aanvragen();
    Map<String, Object> aanvraag = AanvraagValidatieTest.persoon();
    aanvraag.put("aangevraagdBedrag", "duizend euro");
    aanvraag.put("bsn", 999990409L);

    Answer answer = RestApi.as(port, "sanne").post(AANVRAGEN, aanvraag);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().get("fouten").findValuesAsText("veld")).containsExactly("bsn", "aangevraagdBedrag");
    assertThat(answer.body()).doesNotContain("999990409").doesNotContain("duizend");
    Answer array = RestApi.as(port, "sanne").postRaw(AANVRAGEN, MediaType.APPLICATION_JSON, "[1, 2]".getBytes());
    assertThat(array.status()).isEqualTo(400);
    assertThat(array.json().get("melding").asText()).isEqualTo("De aanvraag moet een JSON-object zijn.");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void anOversizedBodyIsRefusedBeforeAnyoneReadsIt() {
    long before = aanvragen();
    byte[] oversized = ("{\"activiteit\": \"" + "x".repeat(1536 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

    Answer answer = RestApi.as(port, "sanne").postRaw(AANVRAGEN, MediaType.APPLICATION_JSON, oversized);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.json().get("message").asText()).contains("te groot");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void aStartFromTasklistIsCheckedTheSameWay() {
    long before = aanvragen();

    Answer answer = RestApi.as(port, "sanne").post("/engine-rest/process-definition/key/subsidieaanvraag/start",
        Map.of("variables", Map.of(
            "regeling", Map.of("value", "sport-en-bewegen"),
            "aangevraagdBedrag", Map.of("value", -5, "type", "Double"))));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).startsWith("De aanvraag is niet in orde.")
        .contains("Het aangevraagde bedrag moet groter zijn dan 0.");
    assertThat(aanvragen()).isEqualTo(before);
  }

  @Test
  void theWebsiteSeesTheOpenSchemesOfItsMunicipalities() {
    Answer answer = RestApi.as(port, "loket").get("/api/subsidie/regelingen");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().findValuesAsText("code"))
        .containsExactly("sport-en-bewegen", "cultuur", "plafondtest", "duurzame-initiatieven");
    assertThat(RestApi.as(port, "loket").get("/api/subsidie/regelingen?gemeente=oegstgeest").json()
        .findValuesAsText("code")).containsExactly("duurzame-initiatieven");
    assertThat(RestApi.as(port, "sanne").get("/api/subsidie/regelingen?gemeente=oegstgeest").status()).isEqualTo(403);
  }

  @Test
  void anUnknownCaseIsNotFound() {
    Answer answer = RestApi.as(port, "loket").get(AANVRAGEN + "/ZAAK-BESTAAT-NIET");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("melding").asText()).isEqualTo("Er is geen subsidieaanvraag met dit zaaknummer.");
  }

  @Test
  void aValidRequestBecomesAZaakWhoseStatusTheWebsiteCanFollow() {
    RestApi loket = RestApi.as(port, "loket");
    Map<String, Object> aanvraag = AanvraagValidatieTest.persoon();
    aanvraag.put("gemeente", "leiden");

    Answer answer = loket.post(AANVRAGEN, aanvraag);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    JsonNode ingediend = answer.json();
    String zaak = ingediend.get("zaakidentificatie").asText();
    assertThat(zaak).startsWith("ZAAK-");
    assertThat(ingediend.get("processInstanceId").asText()).isNotBlank();
    assertThat(answer.body()).doesNotContain(BSN);
    JsonNode status = loket.get(AANVRAGEN + "/" + zaak).json();
    assertThat(status.get("zaakidentificatie").asText()).isEqualTo(zaak);
    assertThat(status.get("gemeente").asText()).isEqualTo("leiden");
    assertThat(status.get("regeling").asText()).isEqualTo("sport-en-bewegen");
    assertThat(status.get("status").asText()).isEqualTo("in-behandeling");
    assertThat(loket.get(AANVRAGEN + "/" + ingediend.get("processInstanceId").asText()).json()
        .get("zaakidentificatie").asText()).isEqualTo(zaak);
    assertThat(RestApi.as(port, "otto").get(AANVRAGEN + "/" + zaak).status()).as("another municipality").isEqualTo(403);
    assertThat(RestApi.as(port, "ruud").get(AANVRAGEN + "/" + zaak).status()).as("not a subsidy role").isEqualTo(403);

    Answer aanvulling = loket.post(AANVRAGEN + "/" + zaak + "/aanvulling", Map.of("aanvulling", "De begroting"));
    assertThat(aanvulling.status()).as(aanvulling.toString()).isEqualTo(409);
    assertThat(aanvulling.json().get("melding").asText()).isEqualTo("Deze aanvraag wacht niet op een aanvulling.");

    Answer noodknop = loket.post("/api/zaken/" + zaak + "/contactverzoek",
        Map.of("onderwerp", "Ik begrijp de brief niet", "telefoonnummer", "06-12345678"));
    assertThat(noodknop.status()).as(noodknop.toString()).isEqualTo(202);
    Eventually.get("the contact request of the case", () -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("contactverzoek").variableValueEquals("aanleidingZaak", zaak).count() == 1);
  }

  private long aanvragen() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("subsidieaanvraag").count();
  }
}
