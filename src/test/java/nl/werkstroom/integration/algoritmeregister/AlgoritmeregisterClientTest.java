package nl.werkstroom.integration.algoritmeregister;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AlgoritmeregisterClientTest {

  @RegisterExtension
  static WireMockExtension register = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();

  private static final String TOKEN_PATH = "/realms/algreg/protocol/openid-connect/token";
  private static final String ALGORITHMS = "/aanleverapi/v1_0/organizations/gm0546/algorithms";

  private AlgoritmeregisterClient client(String username, String password) {
    return new AlgoritmeregisterClient(new BackendHttp(new LocalServer()), new AlgoritmeregisterProperties(
        register.baseUrl() + "/aanleverapi/v1_0", register.baseUrl() + TOKEN_PATH, "werkstroom", "client-geheim",
        username, password, true, Duration.ofSeconds(2), Duration.ofSeconds(1), Map.of()));
  }

  private final AlgoritmeregisterClient client = client(null, null);

  @BeforeEach
  void keycloak() {
    register.stubFor(post(TOKEN_PATH).willReturn(okJson("""
        {"access_token": "token-1", "expires_in": 300, "token_type": "Bearer"}""")));
  }

  private static Algoritme beschrijving() {
    return new Algoritme("Voorspellen onderhoud", "Voorspelt onderhoud aan lantaarnpalen.", "Gemeente Leiden",
        List.of("Verkeer"), Algoritme.IN_GEBRUIK, "2026-01", null, "algoritmes@leiden.nl", null,
        Algoritme.IMPACTVOLLE_ALGORITMES, null, "Minder storingen", null, null, null, null, null, null, null, null, null,
        null, null, "Intern ontwikkeld", null, Algoritme.NEDERLANDS, Algoritme.STANDAARD_VERSIE, "ZAAK-2026-0042", null,
        null, null);
  }

  @Test
  void createsWithABearerTokenFromKeycloakAndTheStandardsFieldNames() {
    register.stubFor(post(ALGORITHMS).willReturn(okJson("{\"lars_code\": \"12345678\"}")));

    String lars = client.maakAan("gm0546", beschrijving());

    assertThat(lars).isEqualTo("12345678");
    register.verify(postRequestedFor(urlEqualTo(TOKEN_PATH))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(containing("grant_type=client_credentials"))
        .withRequestBody(containing("client_id=werkstroom"))
        .withRequestBody(containing("client_secret=client-geheim")));
    register.verify(postRequestedFor(urlEqualTo(ALGORITHMS))
        .withHeader("Authorization", equalTo("Bearer token-1"))
        .withRequestBody(equalToJson("""
            {"name": "Voorspellen onderhoud", "description_short": "Voorspelt onderhoud aan lantaarnpalen.",
             "organization": "Gemeente Leiden", "category": ["Verkeer"], "status": "In gebruik", "begin_date": "2026-01",
             "contact_email": "algoritmes@leiden.nl", "publication_category": "Impactvolle algoritmes",
             "goal": "Minder storingen", "provider": "Intern ontwikkeld", "lang": "nld", "standard_version": "1.0",
             "source_id": "ZAAK-2026-0042"}""")));
  }

  @Test
  void keepsTheTokenUntilItExpiresAndUsesThePasswordGrantWhenAUserIsSet() {
    register.stubFor(get(ALGORITHMS).willReturn(okJson("[]")));
    AlgoritmeregisterClient metGebruiker = client("koppeling@leiden.nl", "wachtwoord");

    metGebruiker.algoritmes("gm0546");
    metGebruiker.algoritmes("gm0546");

    register.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
        .withRequestBody(containing("grant_type=password"))
        .withRequestBody(containing("username=koppeling%40leiden.nl")));
    register.verify(2, getRequestedFor(urlEqualTo(ALGORITHMS)).withHeader("Authorization", equalTo("Bearer token-1")));
  }

  @Test
  void aRefusedTokenIsRenewedOnce() {
    register.stubFor(get(ALGORITHMS).inScenario("verlopen").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody("{\"detail\": \"Inloggegevens konden niet succesvol worden gevalideerd.\"}"))
        .willSetStateTo("nieuw token"));
    register.stubFor(get(ALGORITHMS).inScenario("verlopen").whenScenarioStateIs("nieuw token")
        .willReturn(okJson("""
            [{"name": "Voorspellen onderhoud", "lars": "12345678", "source_id": "ZAAK-2026-0042", "published": true,
              "current_version_released": false, "current_version_published": true,
              "last_update_dt": "2026-03-02T10:00:00.123456", "schema_version": "1.0"}]""")));

    assertThat(client.zoekOpBronId("gm0546", "ZAAK-2026-0042"))
        .hasValueSatisfying(a -> assertThat(a.lars()).isEqualTo("12345678"));
    register.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void validationErrorsReachTheMessage() {
    register.stubFor(post(ALGORITHMS).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
        .withBody("""
            {"detail": [{"type": "enum", "loc": ["body", "status"], "msg": "Input should be 'In ontwikkeling', 'In gebruik' or 'Buiten gebruik'"}]}""")));

    assertThatThrownBy(() -> client.maakAan("gm0546", beschrijving()))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.getMessage()).startsWith("Algoritmeregister weigerde het verzoek (HTTP 422)")
              .contains("Input should be 'In ontwikkeling', 'In gebruik' or 'Buiten gebruik'");
        });
  }

  @Test
  void aConflictCarriesTheRegistersDetail() {
    register.stubFor(put(ALGORITHMS + "/12345678/release").willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"detail\": \"De laatste versie is al gepubliceerd. Deze kan niet worden vrijgegeven.\"}")));

    assertThatThrownBy(() -> client.geefVrij("gm0546", "12345678"))
        .isInstanceOf(BackendRejectedException.class)
        .hasMessageContaining("De laatste versie is al gepubliceerd.");
  }

  @Test
  void releasesAndPublishesOnlyWhatIsNotDoneYet() {
    register.stubFor(get(ALGORITHMS).willReturn(okJson("""
        [{"lars": "12345678", "published": false, "current_version_released": true, "current_version_published": false,
          "last_update_dt": "2026-03-02T10:00:00"}]""")));
    register.stubFor(put(ALGORITHMS + "/12345678/publish").willReturn(okJson("null")));

    assertThat(client.geefVrijEnPubliceer("gm0546", "12345678")).isTrue();

    register.verify(0, putRequestedFor(urlEqualTo(ALGORITHMS + "/12345678/release")));
    register.verify(1, putRequestedFor(urlEqualTo(ALGORITHMS + "/12345678/publish"))
        .withHeader("Authorization", equalTo("Bearer token-1")));
  }

  @Test
  void aWrongClientSecretIsARejectionFromKeycloak() {
    register.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"error\": \"unauthorized_client\", \"error_description\": \"Invalid client or Invalid client credentials\"}")));

    assertThatThrownBy(() -> client.algoritmes("gm0546"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.getMessage()).contains("Invalid client or Invalid client credentials");
        });
  }

  @Test
  void serverErrorsTimeOutsAndMalformedAnswersAreRetryable() {
    register.stubFor(get(ALGORITHMS + "/1").willReturn(aResponse().withStatus(500)));
    register.stubFor(get(ALGORITHMS + "/2").willReturn(okJson("{}").withFixedDelay(2500)));
    register.stubFor(get(ALGORITHMS + "/3").willReturn(okJson("{\"name\": ")));

    assertThatThrownBy(() -> client.haalOp("gm0546", "1")).isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("HTTP 500");
    assertThatThrownBy(() -> client.haalOp("gm0546", "2")).isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("antwoordt niet binnen");
    assertThatThrownBy(() -> client.haalOp("gm0546", "3")).isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("niet kan lezen");
  }

  @Test
  void aMissingPublishedVersionIsEmpty() {
    register.stubFor(get("/aanleverapi/v1_0/organizations/gm0546/published-algorithms/12345678")
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"detail\": \"Er is geen gepubliceerd algoritme met LARS-code: 12345678.\"}")));

    assertThat(client.gepubliceerd("gm0546", "12345678")).isEmpty();
  }
}
