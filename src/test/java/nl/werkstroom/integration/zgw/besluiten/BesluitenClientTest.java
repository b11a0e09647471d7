package nl.werkstroom.integration.zgw.besluiten;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.simulator.zgw.ZgwTokenVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BesluitenClientTest {

  private static final String CLIENT_ID = "werkstroom";
  private static final String SECRET = "een-geheim-van-minstens-tweeendertig-tekens";
  private static final String RSIN = "001005650";
  private static final String UUID = "8d3c2b1a-4e5f-4a6b-9c8d-7e6f5a4b3c2d";
  private static final String BESLUITTYPE = "https://catalogi.example.nl/api/v1/besluittypen/"
      + "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
  private static final String ZAAK = "https://zaken.example.nl/api/v1/zaken/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
  private static final String DOCUMENT = "https://documenten.example.nl/api/v1/enkelvoudiginformatieobjecten/"
      + "3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f";

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private BesluitenClient client() {
    return client(Duration.ofSeconds(5));
  }

  /** A short read time-out only where the test is about time-outs: a busy build machine is slow. */
  private BesluitenClient client(Duration readTimeout) {
    ZgwProperties properties = new ZgwProperties("/simulator/zgw/zaken/api/v1", "/simulator/zgw/documenten/api/v1",
        api.baseUrl() + "/besluiten/api/v1", "/simulator/zgw/catalogi/api/v1", CLIENT_ID, SECRET,
        Duration.ofSeconds(2), readTimeout, Map.of());
    return new BesluitenClient(new BackendHttp(new LocalServer()), properties);
  }

  private static String besluitUrl() {
    return api.baseUrl() + "/besluiten/api/v1/besluiten/" + UUID;
  }

  private static String besluitJson(String identificatie) {
    return """
        {"url": "%s", "identificatie": "%s", "verantwoordelijkeOrganisatie": "%s", "besluittype": "%s",
         "zaak": "%s", "datum": "2026-03-02", "toelichting": "Subsidie verleend", "bestuursorgaan": "",
         "ingangsdatum": "2026-03-03", "vervaldatum": null, "vervalreden": "", "vervalredenWeergave": "",
         "publicatiedatum": null, "verzenddatum": null, "uiterlijkeReactiedatum": null}
        """.formatted(besluitUrl(), identificatie, RSIN, BESLUITTYPE, ZAAK);
  }

  private static NieuwBesluit nieuwBesluit(String identificatie) {
    return new NieuwBesluit(RSIN, BESLUITTYPE, ZAAK, LocalDate.of(2026, 3, 2), "Subsidie verleend", null,
        LocalDate.of(2026, 3, 3), null, null, null, null, identificatie);
  }

  @Test
  void registersABesluitWithAVerifiableToken() {
    api.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(besluitJson("BESLUIT-1"))));

    Besluit besluit = client().create(nieuwBesluit("BESLUIT-1"));

    assertThat(besluit.url()).isEqualTo(besluitUrl());
    assertThat(besluit.identificatie()).isEqualTo("BESLUIT-1");
    assertThat(besluit.datum()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(besluit.ingangsdatum()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(besluit.vervaldatum()).isNull();
    api.verify(postRequestedFor(urlPathEqualTo("/besluiten/api/v1/besluiten")).withRequestBody(equalToJson("""
        {"verantwoordelijkeOrganisatie": "001005650", "besluittype": "%s", "zaak": "%s", "datum": "2026-03-02",
         "toelichting": "Subsidie verleend", "ingangsdatum": "2026-03-03", "identificatie": "BESLUIT-1"}"""
        .formatted(BESLUITTYPE, ZAAK))));
    LoggedRequest request = api.findAll(postRequestedFor(urlPathEqualTo("/besluiten/api/v1/besluiten"))).get(0);
    ZgwTokenVerifier verifier = new ZgwTokenVerifier(Map.of(CLIENT_ID, SECRET), Clock.systemUTC());
    assertThat(verifier.verify(request.getHeader("Authorization"))).contains(CLIENT_ID);
  }

  @Test
  void readsABesluitByItsUrl() {
    api.stubFor(get("/besluiten/api/v1/besluiten/" + UUID).willReturn(okJson(besluitJson("BESLUIT-1"))));

    assertThat(client().get(besluitUrl()).toelichting()).isEqualTo("Subsidie verleend");
  }

  @Test
  void findsBesluitenByOrganisationAndIdentificatie() {
    api.stubFor(get(urlPathEqualTo("/besluiten/api/v1/besluiten")).willReturn(okJson("""
        {"count": 1, "next": null, "previous": null, "results": [%s]}""".formatted(besluitJson("BESLUIT-1")))));

    assertThat(client().findByIdentificatie(RSIN, "BESLUIT-1")).extracting(Besluit::url).containsExactly(besluitUrl());
    api.verify(getRequestedFor(urlPathEqualTo("/besluiten/api/v1/besluiten"))
        .withQueryParam("verantwoordelijkeOrganisatie", equalTo(RSIN))
        .withQueryParam("identificatie", equalTo("BESLUIT-1")));
  }

  @Test
  void linksADocumentOnlyOnce() {
    api.stubFor(get(urlPathEqualTo("/besluiten/api/v1/besluitinformatieobjecten")).willReturn(okJson("[]")));
    api.stubFor(post("/besluiten/api/v1/besluitinformatieobjecten").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("""
            {"url": "%s/besluiten/api/v1/besluitinformatieobjecten/4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f8a",
             "informatieobject": "%s", "besluit": "%s"}""".formatted(api.baseUrl(), DOCUMENT, besluitUrl()))));

    BesluitInformatieObject link = client().koppelInformatieobject(besluitUrl(), DOCUMENT);

    assertThat(link.informatieobject()).isEqualTo(DOCUMENT);
    assertThat(link.besluit()).isEqualTo(besluitUrl());
    api.verify(getRequestedFor(urlPathEqualTo("/besluiten/api/v1/besluitinformatieobjecten"))
        .withQueryParam("besluit", equalTo(besluitUrl())));
    api.verify(postRequestedFor(urlPathEqualTo("/besluiten/api/v1/besluitinformatieobjecten"))
        .withRequestBody(equalToJson("{\"informatieobject\": \"%s\", \"besluit\": \"%s\"}"
            .formatted(DOCUMENT, besluitUrl()))));
  }

  @Test
  void anExistingLinkIsNotMadeAgain() {
    api.stubFor(get(urlPathEqualTo("/besluiten/api/v1/besluitinformatieobjecten")).willReturn(okJson("""
        [{"url": "%s/besluiten/api/v1/besluitinformatieobjecten/4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f8a",
          "informatieobject": "%s", "besluit": "%s"}]""".formatted(api.baseUrl(), DOCUMENT, besluitUrl()))));

    BesluitInformatieObject link = client().koppelInformatieobject(besluitUrl(), DOCUMENT);

    assertThat(link.informatieobject()).isEqualTo(DOCUMENT);
    api.verify(0, postRequestedFor(urlPathEqualTo("/besluiten/api/v1/besluitinformatieobjecten")));
  }

  @Test
  void aRefusalCarriesTheFieldAndReasonOfTheApi() {
    api.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"type": "https://besluiten.example.nl/ref/fouten/ValidationError/", "code": "invalid",
             "title": "Ongeldige invoer.", "status": 400, "detail": "", "instance": "urn:uuid:6f1b",
             "invalidParams": [{"name": "datum", "code": "future-not-allowed",
                                "reason": "Deze datum mag niet in de toekomst zijn."}]}""")));

    assertThatThrownBy(() -> client().create(nieuwBesluit(null)))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("Besluiten API").contains("datum")
              .contains("Deze datum mag niet in de toekomst zijn.");
        });
  }

  @Test
  void aForbiddenAnswerIsARefusal() {
    api.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"code": "not_authenticated", "title": "Authenticatiegegevens zijn niet opgegeven.", "status": 403,
             "detail": "Authenticatiegegevens zijn niet opgegeven.", "instance": "urn:uuid:1"}""")));

    assertThatThrownBy(() -> client().create(nieuwBesluit("BESLUIT-1")))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).contains("Authenticatiegegevens zijn niet opgegeven.");
        });
  }

  @Test
  void aServerErrorIsRetryable() {
    api.stubFor(get("/besluiten/api/v1/besluiten/" + UUID).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client().get(besluitUrl()))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage()).contains("Besluiten API").contains("HTTP 500");
        });
  }

  @Test
  void aSlowAnswerIsARetryableTimeOut() {
    api.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(besluitJson("BESLUIT-1")).withFixedDelay(2000)));

    assertThatThrownBy(() -> client(Duration.ofMillis(300)).create(nieuwBesluit("BESLUIT-1")))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("Besluiten API").contains("niet bereikbaar of antwoordt niet"));
  }

  @Test
  void anUnreadableAnswerIsRetryable() {
    api.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("<html>Bad gateway</html>")));

    assertThatThrownBy(() -> client().create(nieuwBesluit("BESLUIT-1")))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("Besluiten API").contains("niet kan lezen"));
  }
}
