package nl.werkstroom.integration.kvk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KvkClientTest {

  @RegisterExtension
  static WireMockExtension kvk = WireMockExtension.newInstance()
      // Plain-HTTP/2 off, as in BrpClientTest: the JDK client's upgrade request on a first call is not what is tested here.
      .options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();

  private static final String PATH = "/test/api/v1/basisprofielen/68750110";

  private final KvkClient client = new KvkClient(new BackendHttp(new LocalServer()),
      new KvkProperties(kvk.baseUrl() + "/test/api", "l7xx-test-sleutel", Duration.ofSeconds(2), Duration.ofSeconds(1)));

  @Test
  void readsABasisprofielWithItsOwnerAndMainBranchSendingTheApiKey() {
    kvk.stubFor(get(PATH).willReturn(halJson("""
        {"kvkNummer": "68750110",
         "indNonMailing": "Ja",
         "naam": "Test BV Donald",
         "formeleRegistratiedatum": "20170519",
         "materieleRegistratie": {"datumAanvang": "20170519"},
         "totaalWerkzamePersonen": 1,
         "statutaireNaam": "Test BV Donald",
         "handelsnamen": [{"naam": "Test BV Donald", "volgorde": 0}],
         "sbiActiviteiten": [{"sbiCode": "01241", "sbiOmschrijving": "Teelt van appels en peren", "indHoofdactiviteit": "Ja"}],
         "links": [{"rel": "self", "href": "https://api.kvk.nl/test/api/v1/basisprofielen/68750110"}],
         "_embedded": {
           "hoofdvestiging": {"vestigingsnummer": "000037178598", "kvkNummer": "68750110", "indHoofdvestiging": "Ja",
             "adressen": [{"type": "bezoekadres", "straatnaam": "Hizzaarderlaan", "huisnummer": 3,
                           "huisnummerToevoeging": "A", "postcode": "8823SJ", "plaats": "Lollum", "land": "Nederland"}]},
           "eigenaar": {"rsin": "857587973", "rechtsvorm": "Besloten Vennootschap",
                        "uitgebreideRechtsvorm": "Besloten Vennootschap met gewone structuur"}},
         "eenNieuwVeld": "wordt genegeerd"}""")));

    assertThat(client.basisprofiel("68750110")).hasValueSatisfying(profiel -> {
      assertThat(profiel.naam()).isEqualTo("Test BV Donald");
      assertThat(profiel.formeleRegistratiedatum()).isEqualTo("20170519");
      assertThat(profiel.isActief()).isTrue();
      assertThat(profiel.sbiActiviteiten()).extracting(Basisprofiel.SbiActiviteit::sbiCode).containsExactly("01241");
      assertThat(profiel.eigenaar()).hasValueSatisfying(eigenaar -> {
        assertThat(eigenaar.rsin()).isEqualTo("857587973");
        assertThat(eigenaar.rechtsvorm()).isEqualTo("Besloten Vennootschap");
      });
      assertThat(profiel.hoofdvestiging()).hasValueSatisfying(vestiging -> {
        assertThat(vestiging.vestigingsnummer()).isEqualTo("000037178598");
        assertThat(vestiging.adressen()).singleElement().satisfies(adres -> assertThat(adres.plaats()).isEqualTo("Lollum"));
      });
    });
    kvk.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("apikey", equalTo("l7xx-test-sleutel")));
  }

  @Test
  void aRegistrationWithAnEndDateIsNotActive() {
    kvk.stubFor(get(PATH).willReturn(halJson("""
        {"kvkNummer": "68750110", "naam": "Opgeheven B.V.",
         "materieleRegistratie": {"datumAanvang": "19980401", "datumEinde": "20221231"}}""")));

    assertThat(client.basisprofiel("68750110")).hasValueSatisfying(profiel -> {
      assertThat(profiel.isActief()).isFalse();
      assertThat(profiel.materieleRegistratie().datumEinde()).isEqualTo("20221231");
      assertThat(profiel.eigenaar()).isEmpty();
    });
  }

  @Test
  void anUnknownNumberIsAnEmptyAnswer() {
    kvk.stubFor(get(PATH).willReturn(fout(404, "IPD0005", "Het product is niet leverbaar voor KVK-nummer 68750110.")));

    assertThat(client.basisprofiel("68750110")).isEmpty();
  }

  @Test
  void aNotFoundWithoutKvksCodeIsAWrongAddressNotAnUnknownCompany() {
    kvk.stubFor(get(PATH).willReturn(aResponse().withStatus(404).withBody("<html>Not Found</html>")));

    assertThatThrownBy(() -> client.basisprofiel("68750110"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.getMessage()).contains("werkstroom.integration.kvk.url");
        });
  }

  @Test
  void aRefusalCarriesKvksExplanation() {
    kvk.stubFor(get(PATH).willReturn(fout(400, "IPD0004", "Het KVK-nummer 68750110 is niet valide.")));

    assertThatThrownBy(() -> client.basisprofiel("68750110"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage())
              .isEqualTo("KVK Handelsregister (Basisprofiel) weigerde het verzoek (HTTP 400): Het KVK-nummer 68750110 is niet valide.");
        });
  }

  @Test
  void aMissingKeyIsARefusal() {
    kvk.stubFor(get(PATH).willReturn(fout(401, "401", "Geen geldige API-key.")));

    assertThatThrownBy(() -> client.basisprofiel("68750110"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void dataThatIsTemporarilyUnavailableIsRetriedLikeAServerError() {
    kvk.stubFor(get(PATH).willReturn(fout(404, "IPD1002", "De gegevens worden verwerkt.")));

    assertThatThrownBy(() -> client.basisprofiel("68750110"))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage()).contains("tijdelijk niet leveren").contains("De gegevens worden verwerkt.");
        });
  }

  @Test
  void aServerErrorIsRetryable() {
    kvk.stubFor(get(PATH).willReturn(fout(500, "IPD9999", "Algemene technische fout.")));

    assertThatThrownBy(() -> client.basisprofiel("68750110"))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("gaf een fout (HTTP 500)").contains("Algemene technische fout."));
  }

  @Test
  void anAnswerThatComesTooLateIsRetryable() {
    kvk.stubFor(get(PATH).willReturn(halJson("{\"kvkNummer\": \"68750110\"}").withFixedDelay(2500)));

    assertThatThrownBy(() -> client.basisprofiel("68750110"))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("is niet bereikbaar of antwoordt niet binnen"));
  }

  @Test
  void anUnreadableAnswerIsRetryable() {
    kvk.stubFor(get(PATH).willReturn(halJson("<html>Service Unavailable</html>")));

    assertThatThrownBy(() -> client.basisprofiel("68750110"))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("gaf een antwoord dat Werkstroom niet kan lezen"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"6875011", "687501100", "6875011a", ""})
  void aNumberThatIsNotEightDigitsIsRefusedBeforeAnyCall(String kvkNummer) {
    assertThatThrownBy(() -> client.basisprofiel(kvkNummer))
        .isInstanceOf(OngeldigKvkNummerException.class)
        .hasMessage("Het KVK-nummer is ongeldig: het moet uit precies 8 cijfers bestaan.");
    kvk.verify(0, anyRequestedFor(anyUrl()));
  }

  private static ResponseDefinitionBuilder halJson(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/hal+json").withBody(body);
  }

  private static ResponseDefinitionBuilder fout(int status, String code, String omschrijving) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"fout\": [{\"code\": \"" + code + "\", \"omschrijving\": \"" + omschrijving + "\"}]}");
  }
}
