package nl.werkstroom.simulator.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.werkstroom.integration.brp.BrpClient;
import nl.werkstroom.integration.brp.Persoon;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The BRP simulator driven over HTTP: through Werkstroom's own client, and with raw requests for the errors. */
@ApplicationTest
class BrpSimulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PERSONEN = "/simulator/brp/haalcentraal/api/brp/personen";

  @Autowired
  BrpClient brp;

  @LocalServerPort
  int port;

  @Value("${werkstroom.simulators.brp.api-key}")
  String apiKey;

  @Test
  void aTestPersonComesBackWithTheRequestedFieldsOnly() {
    Persoon persoon = brp.raadpleeg("999993653", List.of("naam.volledigeNaam", "verblijfplaats.verblijfadres.woonplaats"))
        .orElseThrow();

    assertThat(persoon.volledigeNaam()).contains("Jan Pieter de Vries");
    assertThat(persoon.woonplaats()).contains("Leiden");
    assertThat(persoon.naam().voornamen()).isNull();
    assertThat(persoon.naam().voorvoegsel()).isNull();
    assertThat(persoon.verblijfplaats().type()).isEqualTo("Adres");
    assertThat(persoon.verblijfplaats().verblijfadres().postcode()).isNull();
    assertThat(persoon.burgerservicenummer()).isNull();
    assertThat(persoon.geboorte()).isNull();
    assertThat(persoon.leeftijd()).isNull();
    assertThat(persoon.adressering()).isNull();
  }

  @Test
  void theAnswerHoldsExactlyTheRequestedGroups() {
    Answer answer = post(apiKey, """
        {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653", "999991723"],
         "fields": ["burgerservicenummer", "naam", "geboorte.datum.datum"]}""");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode personen = answer.json().get("personen");
    assertThat(answer.json().get("type").asText()).isEqualTo("RaadpleegMetBurgerservicenummer");
    assertThat(personen).hasSize(2);
    JsonNode jan = personen.get(0);
    assertThat(fieldNames(jan)).containsExactlyInAnyOrder("burgerservicenummer", "naam", "geboorte");
    assertThat(jan.at("/naam/voorvoegsel").asText()).isEqualTo("de");
    assertThat(jan.at("/naam/geslachtsnaam").asText()).isEqualTo("Vries");
    // A date is delivered whole, whichever of its fields is asked for.
    assertThat(jan.at("/geboorte/datum/type").asText()).isEqualTo("Datum");
    assertThat(jan.at("/geboorte/datum/datum").asText()).isEqualTo("1980-01-01");
    assertThat(jan.at("/geboorte/datum/langFormaat").asText()).isEqualTo("1 januari 1980");
    assertThat(fieldNames(jan.get("geboorte"))).containsExactly("datum");
    assertThat(personen.get(1).at("/naam/volledigeNaam").asText()).isEqualTo("Pieter Willem van der Berg");
  }

  @Test
  void theTestSetHoldsAMinorAndADeceasedPersonInLeidenAndOegstgeest() {
    List<String> fields = List.of("naam.volledigeNaam", "leeftijd", "verblijfplaats.verblijfadres.woonplaats", "overlijden.datum");

    Persoon minderjarige = brp.raadpleeg("999990408", fields).orElseThrow();
    assertThat(minderjarige.leeftijd()).isBetween(0, 17);
    assertThat(minderjarige.woonplaats()).contains("Oegstgeest");
    assertThat(minderjarige.isOverleden()).isFalse();

    Persoon overleden = brp.raadpleeg("999992077", fields).orElseThrow();
    assertThat(overleden.isOverleden()).isTrue();
    assertThat(overleden.leeftijd()).isNull();
    assertThat(overleden.overlijden().datum().langFormaat()).isEqualTo("14 maart 2023");
    // Delivered without being asked for, as the API does.
    assertThat(overleden.opschortingBijhouding().reden().code()).isEqualTo("O");

    Persoon volwassene = brp.raadpleeg("999995078", fields).orElseThrow();
    assertThat(volwassene.leeftijd()).isGreaterThanOrEqualTo(66);
    assertThat(volwassene.woonplaats()).contains("Oegstgeest");
  }

  @Test
  void anUnknownBsnGivesNoPerson() {
    assertThat(brp.raadpleeg("999994086", List.of("naam"))).isEmpty();
  }

  @Test
  void gemeenteVanInschrijvingLimitsTheAnswerToPersonsRegisteredThere() {
    assertThat(brp.raadpleeg("999993653", List.of("naam"), "0546")).isPresent();
    assertThat(brp.raadpleeg("999993653", List.of("naam"), "0579")).isEmpty();
  }

  @Test
  void aBsnThatIsNotNineDigitsIsABadRequestWithInvalidParams() {
    Answer answer = post(apiKey, """
        {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653", "12345678"], "fields": ["naam"]}""");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonNode problem = answer.json();
    assertThat(problem.get("title").asText()).isEqualTo("Een of meerdere parameters zijn niet correct.");
    assertThat(problem.get("code").asText()).isEqualTo("paramsValidation");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).isEqualTo("De foutieve parameter(s) zijn: burgerservicenummer[1].");
    assertThat(problem.get("invalidParams")).singleElement().satisfies(param -> {
      assertThat(param.get("name").asText()).isEqualTo("burgerservicenummer[1]");
      assertThat(param.get("code").asText()).isEqualTo("pattern");
      assertThat(param.get("reason").asText()).isEqualTo("Waarde voldoet niet aan patroon ^[0-9]{9}$.");
    });
  }

  @Test
  void fieldsThatDoNotExistOrAreDeliveredAutomaticallyAreRefused() {
    Answer answer = post(apiKey, """
        {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"],
         "fields": ["naam.bestaatNiet", "opschortingBijhouding", "naam"]}""");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("invalidParams")).hasSize(2);
    assertThat(answer.json().at("/invalidParams/0/name").asText()).isEqualTo("fields[0]");
    assertThat(answer.json().at("/invalidParams/0/reason").asText()).isEqualTo("Parameter bevat een niet bestaande veldnaam.");
    assertThat(answer.json().at("/invalidParams/1/name").asText()).isEqualTo("fields[1]");
    assertThat(answer.json().at("/invalidParams/1/reason").asText()).isEqualTo("Parameter bevat een niet toegestane veldnaam.");
  }

  @Test
  void theClientPassesTheSimulatorsExplanationOn() {
    assertThatThrownBy(() -> brp.raadpleeg("999993653", List.of("bestaatNiet")))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("fields[0]: Parameter bevat een niet bestaande veldnaam.");
        });
  }

  @Test
  void missingParametersAreAnIncompleteCombination() {
    Answer answer = post(apiKey, """
        {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "onbekend": 1}""");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("code").asText()).isEqualTo("paramsCombination");
    assertThat(answer.json().get("title").asText()).isEqualTo("Minimale combinatie van parameters moet worden opgegeven.");
    assertThat(answer.json().get("invalidParams")).singleElement().satisfies(param -> {
      assertThat(param.get("name").asText()).isEqualTo("fields");
      assertThat(param.get("code").asText()).isEqualTo("required");
    });
  }

  @Test
  void withoutAnApiKeyTheRequestIsUnauthenticatedAndWithAWrongOneForbidden() {
    String body = """
        {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "fields": ["naam"]}""";

    Answer zonder = post(null, body);
    assertThat(zonder.status()).isEqualTo(401);
    assertThat(zonder.contentType()).startsWith("application/problem+json");
    assertThat(zonder.json().get("code").asText()).isEqualTo("authentication");
    assertThat(zonder.body()).doesNotContain("Jan Pieter");

    Answer verkeerd = post("niet-de-juiste-sleutel", body);
    assertThat(verkeerd.status()).isEqualTo(403);
    assertThat(verkeerd.json().get("code").asText()).isEqualTo("autorisation");
    assertThat(verkeerd.body()).doesNotContain("Jan Pieter");
  }

  private Answer post(String key, String body) {
    RestClient client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    Consumer<HttpHeaders> headers = h -> {
      if (key != null) {
        h.set("X-API-KEY", key);
      }
    };
    return client.post().uri(PERSONEN).headers(headers).contentType(MediaType.APPLICATION_JSON)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .exchange((request, response) -> new Answer(response.getStatusCode().value(),
            String.valueOf(response.getHeaders().getContentType()),
            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private record Answer(int status, String contentType, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }
  }
}
