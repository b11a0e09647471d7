package nl.werkstroom.simulator.kvk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import nl.werkstroom.integration.kvk.Basisprofiel;
import nl.werkstroom.integration.kvk.KvkClient;
import nl.werkstroom.integration.kvk.OngeldigKvkNummerException;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** The KVK simulator driven over HTTP: through Werkstroom's own client, and with raw requests for the errors. */
@ApplicationTest
class KvkSimulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASISPROFIELEN = "/simulator/kvk/api/v1/basisprofielen/";

  @Autowired
  KvkClient kvk;

  @LocalServerPort
  int port;

  @Value("${werkstroom.simulators.kvk.api-key}")
  String apiKey;

  @Test
  void kvksPublishedTestCompanyIsFoundWithOwnerAndMainBranch() {
    Basisprofiel donald = kvk.basisprofiel("68750110").orElseThrow();

    assertThat(donald.naam()).isEqualTo("Test BV Donald");
    assertThat(donald.isActief()).isTrue();
    assertThat(donald.eigenaar()).hasValueSatisfying(eigenaar -> {
      assertThat(eigenaar.rsin()).isEqualTo("857587973");
      assertThat(eigenaar.rechtsvorm()).isEqualTo("Besloten Vennootschap");
    });
    assertThat(donald.hoofdvestiging()).hasValueSatisfying(vestiging -> {
      assertThat(vestiging.vestigingsnummer()).isEqualTo("000037178598");
      assertThat(vestiging.adressen()).extracting(Basisprofiel.Adres::plaats).containsExactly("Lollum");
    });
    assertThat(donald.links()).anySatisfy(link -> {
      assertThat(link.rel()).isEqualTo("self");
      assertThat(link.href()).isEqualTo("http://localhost:" + port + "/simulator/kvk/api/v1/basisprofielen/68750110");
    });
  }

  @Test
  void theTestSetHoldsAStichtingAVerenigingAnEenmanszaakAndAnEndedCompany() {
    assertThat(kvk.basisprofiel("80234567").orElseThrow().eigenaar().orElseThrow().rechtsvorm()).isEqualTo("Stichting");
    assertThat(kvk.basisprofiel("81945623").orElseThrow().eigenaar().orElseThrow().rechtsvorm()).isEqualTo("Vereniging");

    Basisprofiel eenmanszaak = kvk.basisprofiel("69599084").orElseThrow();
    assertThat(eenmanszaak.naam()).isEqualTo("Test EMZ Dagobert");
    assertThat(eenmanszaak.eigenaar().orElseThrow().rechtsvorm()).isEqualTo("Eenmanszaak");
    assertThat(eenmanszaak.eigenaar().orElseThrow().rsin()).isNull();

    Basisprofiel opgeheven = kvk.basisprofiel("76543218").orElseThrow();
    assertThat(opgeheven.isActief()).isFalse();
    assertThat(opgeheven.materieleRegistratie().datumEinde()).isEqualTo("20221231");
  }

  @Test
  void theProfileIsHalJson() {
    Answer answer = get(apiKey, "68750110");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/hal+json");
    assertThat(answer.json().at("/_embedded/hoofdvestiging/indHoofdvestiging").asText()).isEqualTo("Ja");
    assertThat(answer.json().at("/materieleRegistratie/datumAanvang").asText()).isEqualTo("20170519");
  }

  @Test
  void anUnknownNumberIsNotFound() {
    assertThat(kvk.basisprofiel("12345678")).isEmpty();

    Answer answer = get(apiKey, "12345678");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().at("/fout/0/code").asText()).isEqualTo("IPD0005");
  }

  @Test
  void aNumberThatIsNotEightDigitsIsABadRequest() {
    Answer answer = get(apiKey, "1234567");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().at("/fout/0/code").asText()).isEqualTo("IPD0004");
    assertThat(answer.json().at("/fout/0/omschrijving").asText()).isEqualTo("Het KVK-nummer 1234567 is niet valide.");
    // Werkstroom's client does not even ask.
    assertThatThrownBy(() -> kvk.basisprofiel("1234567")).isInstanceOf(OngeldigKvkNummerException.class);
  }

  @Test
  void unsupportedQueryParametersAreRefused() {
    Answer answer = get(apiKey, "68750110?geoData=false&bestaatNiet=1");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().at("/fout/0/code").asText()).isEqualTo("IPD1999");
  }

  @Test
  void withoutTheRightApiKeyTheRequestIsUnauthorized() {
    Answer zonder = get(null, "68750110");
    assertThat(zonder.status()).isEqualTo(401);
    assertThat(zonder.body()).doesNotContain("Test BV Donald");

    Answer verkeerd = get("niet-de-juiste-sleutel", "68750110");
    assertThat(verkeerd.status()).isEqualTo(401);
    assertThat(verkeerd.json().get("fout")).isNotEmpty();
  }

  private Answer get(String key, String pathAndQuery) {
    RestClient client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    return client.get().uri(BASISPROFIELEN + pathAndQuery)
        .headers(h -> {
          if (key != null) {
            h.set("apikey", key);
          }
        })
        .exchange((request, response) -> new Answer(response.getStatusCode().value(),
            String.valueOf(response.getHeaders().getContentType()),
            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
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
