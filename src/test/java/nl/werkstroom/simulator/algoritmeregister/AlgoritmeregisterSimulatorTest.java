package nl.werkstroom.simulator.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.werkstroom.integration.algoritmeregister.Algoritme;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeSamenvatting;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeregisterClient;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The Algoritmeregister simulator (aanlever-API 1.0 and its Keycloak token endpoint) over HTTP. */
@ApplicationTest
class AlgoritmeregisterSimulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/simulator/algoritmeregister/aanleverapi/v1_0/organizations/";
  private static final String TOKEN = "/simulator/algoritmeregister/realms/algreg/protocol/openid-connect/token";

  @Autowired
  AlgoritmeregisterClient register;

  @LocalServerPort
  int port;

  @Value("${werkstroom.integration.algoritmeregister.client-secret}")
  String secret;

  private static Algoritme beschrijving(String bronId, String naam) {
    return new Algoritme(naam, "Het algoritme helpt bij het beoordelen van subsidieaanvragen.", "Gemeente Leiden",
        List.of("Sociale zekerheid"), Algoritme.IN_GEBRUIK, "2026-01", null, "algoritmes@leiden.nl", null,
        Algoritme.IMPACTVOLLE_ALGORITMES, null, "Sneller beslissen", null, "Een medewerker beslist.", null, null,
        List.of(new Algoritme.Verwijzing("Algemene wet bestuursrecht", "https://wetten.overheid.nl/BWBR0005537")),
        null, null, null, null, null, null, "Intern ontwikkeld", null, Algoritme.NEDERLANDS, Algoritme.STANDAARD_VERSIE,
        bronId, null, null, null);
  }

  @Test
  void aCreatedDescriptionIsADraftUntilReleasedAndPublished() {
    String bronId = "ZAAK-" + UUID.randomUUID();
    String lars = register.maakAan("gm0546", beschrijving(bronId, "Beoordelen subsidieaanvragen"));

    AlgoritmeSamenvatting concept = register.zoekOpBronId("gm0546", bronId).orElseThrow();
    assertThat(concept.lars()).isEqualTo(lars).matches("\\d{8}");
    assertThat(concept.published()).isFalse();
    assertThat(register.gepubliceerd("gm0546", lars)).isEmpty();

    assertThat(register.geefVrijEnPubliceer("gm0546", lars)).isTrue();
    assertThat(register.geefVrijEnPubliceer("gm0546", lars)).isTrue();

    Algoritme gepubliceerd = register.gepubliceerd("gm0546", lars).orElseThrow();
    assertThat(gepubliceerd.name()).isEqualTo("Beoordelen subsidieaanvragen");
    assertThat(gepubliceerd.lawfulBasisGrouping()).extracting(Algoritme.Verwijzing::title)
        .containsExactly("Algemene wet bestuursrecht");
    assertThat(gepubliceerd.publicationDt()).isNotBlank();
    assertThat(register.samenvatting("gm0546", lars).orElseThrow().currentVersionPublished()).isTrue();
  }

  @Test
  void retiringPublishesANewVersionBuitenGebruikAndKeepsTheEntry() {
    String bronId = "ZAAK-" + UUID.randomUUID();
    String lars = register.maakAan("gm0546", beschrijving(bronId, "Controle parkeervergunningen"));
    register.geefVrijEnPubliceer("gm0546", lars);

    Algoritme huidig = register.haalOp("gm0546", lars);
    register.werkBij("gm0546", lars, huidig.buitenGebruik("2026-06"));
    assertThat(register.werkBij("gm0546", lars, huidig.buitenGebruik("2026-06"))).contains("Version has no changes.");
    assertThat(register.gepubliceerd("gm0546", lars).orElseThrow().status()).isEqualTo(Algoritme.IN_GEBRUIK);
    register.geefVrijEnPubliceer("gm0546", lars);

    Algoritme gepubliceerd = register.gepubliceerd("gm0546", lars).orElseThrow();
    assertThat(gepubliceerd.status()).isEqualTo(Algoritme.BUITEN_GEBRUIK);
    assertThat(gepubliceerd.endDate()).isEqualTo("2026-06");
    assertThat(register.algoritmes("gm0546")).extracting(AlgoritmeSamenvatting::lars).contains(lars);
  }

  @Test
  void retractHidesThePublishedVersionButNotTheDescription() {
    String lars = register.maakAan("gm0546", beschrijving("ZAAK-" + UUID.randomUUID(), "Route-optimalisatie"));
    register.geefVrijEnPubliceer("gm0546", lars);

    register.trekIn("gm0546", lars);

    assertThat(register.gepubliceerd("gm0546", lars)).isEmpty();
    assertThat(register.haalOp("gm0546", lars).name()).isEqualTo("Route-optimalisatie");
    assertThatThrownBy(() -> register.trekIn("gm0546", lars))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.isNotFound()).isTrue());
  }

  @Test
  void theDemoRegisterHasAPublishedAlgorithmPerMunicipality() {
    assertThat(register.zoekOpBronId("gm0546", "demo-gm0546")).hasValueSatisfying(a -> assertThat(a.published()).isTrue());
    assertThat(register.zoekOpBronId("gm0579", "demo-gm0579")).hasValueSatisfying(a -> assertThat(a.published()).isTrue());
  }

  @Test
  void invalidDescriptionsAreRefusedAsFastApiDoes() {
    Antwoord antwoord = raw(accessToken(), "POST", API + "gm0546/algorithms", """
        {"name": "Zonder verplichte velden", "status": "Actief", "publication_category": "B", "lang": "nld",
         "begin_date": "januari 2026", "category": ["Verkeer", "Ruimtevaart"]}""");

    assertThat(antwoord.status()).isEqualTo(422);
    JsonNode detail = antwoord.json().path("detail");
    assertThat(detail.findValuesAsText("msg")).contains("Field required",
        "Input should be 'In ontwikkeling', 'In gebruik' or 'Buiten gebruik'");
    assertThat(velden(detail)).contains("description_short", "organization", "contact_email", "status",
        "publication_category", "begin_date", "category");
    assertThatThrownBy(() -> register.maakAan("gm0546", beschrijving(null, "x".repeat(101))))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.getMessage()).contains("String should have at most 100 characters");
        });
  }

  @Test
  void tokensAreCheckedAsTheRegistersKeycloakDoes() {
    Antwoord zonder = raw(null, "GET", API + "gm0546/algorithms", null);
    Antwoord vals = raw("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bm9n", "GET", API + "gm0546/algorithms", null);
    Antwoord andereOrganisatie = raw(accessToken(), "GET", API + "gm0999/algorithms", null);
    Antwoord verkeerdGeheim = token("werkstroom", "fout");

    assertThat(zonder.status()).isEqualTo(401);
    assertThat(zonder.json().path("detail").asText()).isEqualTo("TOKEN_NOT_FOUND");
    assertThat(vals.status()).isEqualTo(401);
    assertThat(andereOrganisatie.status()).isEqualTo(403);
    assertThat(verkeerdGeheim.status()).isEqualTo(401);
    assertThat(verkeerdGeheim.json().path("error").asText()).isEqualTo("unauthorized_client");
    assertThat(token("werkstroom", secret).json().path("token_type").asText()).isEqualTo("Bearer");
  }

  // ---- helpers

  private static List<String> velden(JsonNode detail) {
    return detail.findValues("loc").stream().map(loc -> loc.get(1).asText()).toList();
  }

  private String accessToken() {
    return token("werkstroom", secret).json().path("access_token").asText();
  }

  private Antwoord token(String clientId, String clientSecret) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "client_credentials");
    form.add("client_id", clientId);
    form.add("client_secret", clientSecret);
    return RestClient.create("http://localhost:" + port).post().uri(TOKEN)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
        .exchange((req, response) -> new Antwoord(response.getStatusCode().value(),
            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  private Antwoord raw(String bearer, String method, String path, String body) {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
    if (bearer != null) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
    }
    RestClient.RequestBodySpec request = builder.build().method(org.springframework.http.HttpMethod.valueOf(method))
        .uri(path);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.exchange((req, response) -> new Antwoord(response.getStatusCode().value(),
        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  private record Antwoord(int status, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }
  }
}
