package nl.werkstroom.simulator.publicatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.publicatie.NieuwePublicatie;
import nl.werkstroom.integration.publicatie.Publicatie;
import nl.werkstroom.integration.publicatie.PublicatieClient;
import nl.werkstroom.simulator.store.SimulatorStore;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The publication simulator over HTTP. A submission appears after the configured delay (5 s in the
 * demo); to see both states without waiting, the test moves a submission's time back in the
 * simulator's store, as if it had been submitted earlier.
 */
@ApplicationTest
class PublicatieSimulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PUBLICATIES = "/simulator/publicatie/api/v1/publicaties";

  @Autowired
  PublicatieClient publicatie;

  @Autowired
  SimulatorStore store;

  @LocalServerPort
  int port;

  @Value("${werkstroom.integration.publicatie.token}")
  String token;

  @Value("${werkstroom.simulators.publicatie.publication-delay}")
  Duration vertraging;

  private static NieuwePublicatie verkeersbesluit(String blad, LocalDate gewenst) {
    return new NieuwePublicatie(blad, "verkeersbesluit", "gm0546", "Verkeersbesluit parkeerverbod Breestraat",
        "# Besluit\n\nBurgemeester en wethouders besluiten een parkeerverbod in te stellen.", null, gewenst);
  }

  /** Moves a submission back in time by the delay and a minute, as if submitted that much earlier. */
  private void laatTijdVerstrijken(String id) {
    IngediendePublicatie opgeslagen = store.get(PublicatieSimulator.SYSTEM, PublicatieSimulator.COLLECTION, id,
        IngediendePublicatie.class).orElseThrow();
    store.put(PublicatieSimulator.SYSTEM, PublicatieSimulator.COLLECTION, id, opgeslagen.sleutel(),
        opgeslagen.ingediendOp(opgeslagen.ingediend().minus(vertraging).minusSeconds(60)));
  }

  @Test
  void aSubmissionIsIngediendFirstAndGepubliceerdAfterTheDelayWithANumberAndUrl() {
    Publicatie ingediend = publicatie.dienIn(verkeersbesluit("staatscourant", null), "p-" + UUID.randomUUID());

    assertThat(ingediend.status()).isEqualTo(Publicatie.INGEDIEND);
    assertThat(publicatie.status(ingediend.id()).status()).isEqualTo(Publicatie.INGEDIEND);
    assertThat(publicatie.status(ingediend.id()).url()).isNull();

    laatTijdVerstrijken(ingediend.id());
    Publicatie gepubliceerd = publicatie.status(ingediend.id());

    assertThat(gepubliceerd.status()).isEqualTo(Publicatie.GEPUBLICEERD);
    assertThat(gepubliceerd.publicatiedatum()).isNotNull();
    assertThat(gepubliceerd.identificatie()).matches("stcrt-\\d{4}-\\d{5,}");
    assertThat(gepubliceerd.url()).isEqualTo("https://zoek.officielebekendmakingen.nl/" + gepubliceerd.identificatie());
    assertThat(gepubliceerd.titel()).isEqualTo("Verkeersbesluit parkeerverbod Breestraat");
  }

  @Test
  void aGemeentebladPublicationWaitsForItsWishedDate() {
    LocalDate overmorgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(2);
    Publicatie ingediend = publicatie.dienIn(verkeersbesluit("gemeenteblad", overmorgen), "p-" + UUID.randomUUID());

    laatTijdVerstrijken(ingediend.id());

    assertThat(publicatie.status(ingediend.id()).status()).isEqualTo(Publicatie.INGEDIEND);
  }

  @Test
  void aRetriedSubmissionReturnsTheFirstAndPublishesOnce() {
    String sleutel = "p-" + UUID.randomUUID();
    Publicatie eerste = publicatie.dienIn(verkeersbesluit("staatscourant", null), sleutel);
    long aantal = store.count(PublicatieSimulator.SYSTEM, PublicatieSimulator.COLLECTION);

    Publicatie herhaling = publicatie.dienIn(verkeersbesluit("staatscourant", null), sleutel);

    assertThat(herhaling.id()).isEqualTo(eerste.id());
    assertThat(store.count(PublicatieSimulator.SYSTEM, PublicatieSimulator.COLLECTION)).isEqualTo(aantal);
  }

  @Test
  void aSubmissionWithoutTitleIsRefusedWithProblemDetails() {
    Antwoord zonderTitel = post(token, "k-" + UUID.randomUUID(), """
        {"publicatieblad": "staatscourant", "soort": "verkeersbesluit", "organisatie": "gm0546", "tekst": "Alleen tekst"}""");
    Antwoord onbekendBlad = post(token, "k-" + UUID.randomUUID(), """
        {"publicatieblad": "volkskrant", "soort": "verkeersbesluit", "organisatie": "Leiden", "titel": "T", "tekst": "x"}""");

    assertThat(zonderTitel.status()).isEqualTo(400);
    assertThat(zonderTitel.contentType()).startsWith("application/problem+json");
    assertThat(zonderTitel.json().path("invalidParams").get(0).path("name").asText()).isEqualTo("titel");
    assertThat(zonderTitel.json().path("invalidParams").get(0).path("code").asText()).isEqualTo("required");
    assertThat(onbekendBlad.json().path("invalidParams").findValuesAsText("name"))
        .containsExactly("publicatieblad", "organisatie");
    assertThatThrownBy(() -> publicatie.dienIn(new NieuwePublicatie("staatscourant", "regeling", "gm0546", " ", "x",
        null, null), "k-" + UUID.randomUUID()))
        .isInstanceOfSatisfying(BackendRejectedException.class,
            e -> assertThat(e.getMessage()).contains("titel: Dit veld is verplicht."));
  }

  @Test
  void withoutTokenOrWithAnUnknownIdTheAnswerIsAProblem() {
    Antwoord zonderToken = post(null, "k-" + UUID.randomUUID(), "{}");

    assertThat(zonderToken.status()).isEqualTo(401);
    assertThat(zonderToken.json().path("code").asText()).isEqualTo("niet-geauthenticeerd");
    assertThatThrownBy(() -> publicatie.status("bestaat-niet"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.isNotFound()).isTrue());
  }

  @Test
  void theContractIsPublishedWithTheApplication() {
    String contract = RestClient.create("http://localhost:" + port).get().uri("/openapi/publicatie.yaml")
        .retrieve().body(String.class);

    assertThat(contract).startsWith("openapi: 3.0.3").contains("/publicaties/{id}:");
  }

  private record Antwoord(int status, String contentType, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }
  }

  private Antwoord post(String bearer, String sleutel, String body) {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
    if (bearer != null) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
    }
    return builder.build().post().uri(PUBLICATIES).contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", sleutel).body(body)
        .exchange((req, response) -> new Antwoord(response.getStatusCode().value(),
            String.valueOf(response.getHeaders().getContentType()),
            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
