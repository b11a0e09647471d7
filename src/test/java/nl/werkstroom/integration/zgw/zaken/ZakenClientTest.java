package nl.werkstroom.integration.zgw.zaken;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.simulator.zgw.ZgwTokenVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ZakenClientTest {

  private static final String CLIENT_ID = "werkstroom";
  private static final String SECRET = "een-geheim-van-minstens-tweeendertig-tekens";
  private static final String RSIN = "001005650";
  private static final String ZAAKTYPE = "https://catalogi.example.nl/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1";

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ZakenClient client() {
    return client(Duration.ofSeconds(5));
  }

  private ZakenClient client(Duration readTimeout) {
    ZgwProperties properties = new ZgwProperties(api.baseUrl() + "/zaken/api/v1", "/simulator/zgw/documenten/api/v1",
        "/simulator/zgw/besluiten/api/v1", api.baseUrl() + "/catalogi/api/v1", CLIENT_ID, SECRET,
        Duration.ofSeconds(2), readTimeout, Map.of());
    return new ZakenClient(properties, new BackendHttp(new LocalServer()));
  }

  private String zaakUrl(String uuid) {
    return api.baseUrl() + "/zaken/api/v1/zaken/" + uuid;
  }

  private String zaakJson(String uuid, String identificatie, String kenmerk) {
    return """
        {"url": "%s", "uuid": "%s", "identificatie": "%s", "bronorganisatie": "%s", "zaaktype": "%s",
         "registratiedatum": "2026-03-02", "startdatum": "2026-03-02", "einddatum": null,
         "omschrijving": "Contactverzoek", "status": null, "resultaat": null, "zaakgeometrie": null,
         "verantwoordelijkeOrganisatie": "%s", "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
         "kenmerken": [{"kenmerk": "%s", "bron": "Werkstroom"}], "nieuwVeldInEenLatereVersie": true}
        """.formatted(zaakUrl(uuid), uuid, identificatie, RSIN, ZAAKTYPE, RSIN, kenmerk);
  }

  @Test
  void createsAZaakWithCoordinateSystemHeadersAndAVerifiableToken() {
    api.stubFor(post("/zaken/api/v1/zaken").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withHeader("Content-Crs", "EPSG:4326")
        .withBody(zaakJson("9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90", "ZAAK-2026-0000000001", "proces-1"))));

    Zaak zaak = client().create(new NieuweZaak(RSIN, RSIN, ZAAKTYPE, LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 2), null, "Contactverzoek", null, List.of(new Kenmerk("proces-1", "Werkstroom"))));

    assertThat(zaak.identificatie()).isEqualTo("ZAAK-2026-0000000001");
    assertThat(zaak.url()).isEqualTo(zaakUrl("9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90"));
    assertThat(zaak.startdatum()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(zaak.kenmerken()).containsExactly(new Kenmerk("proces-1", "Werkstroom"));
    assertThat(zaak.vertrouwelijkheidaanduiding()).isEqualTo("zaakvertrouwelijk");

    api.verify(postRequestedFor(urlPathEqualTo("/zaken/api/v1/zaken"))
        .withHeader("Accept-Crs", equalTo("EPSG:4326"))
        .withHeader("Content-Crs", equalTo("EPSG:4326"))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson("""
            {"bronorganisatie": "001005650", "verantwoordelijkeOrganisatie": "001005650", "zaaktype": "%s",
             "registratiedatum": "2026-03-02", "startdatum": "2026-03-02", "omschrijving": "Contactverzoek",
             "kenmerken": [{"kenmerk": "proces-1", "bron": "Werkstroom"}]}""".formatted(ZAAKTYPE))));
    LoggedRequest request = api.findAll(postRequestedFor(urlPathEqualTo("/zaken/api/v1/zaken"))).get(0);
    ZgwTokenVerifier verifier = new ZgwTokenVerifier(Map.of(CLIENT_ID, SECRET), Clock.systemUTC());
    assertThat(verifier.verify(request.getHeader("Authorization"))).contains(CLIENT_ID);
  }

  @Test
  void signsEveryRequestAfresh() {
    String uuid = "9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90";
    api.stubFor(get("/zaken/api/v1/zaken/" + uuid).willReturn(okJson(zaakJson(uuid, "ZAAK-2026-0000000001", "p"))));
    ZakenClient client = client();

    client.get(zaakUrl(uuid));
    client.get(zaakUrl(uuid));

    List<LoggedRequest> requests = api.findAll(getRequestedFor(urlPathEqualTo("/zaken/api/v1/zaken/" + uuid)));
    assertThat(requests).hasSize(2).allSatisfy(request -> {
      assertThat(request.getHeader("Authorization")).startsWith("Bearer ");
      assertThat(request.getHeader("Accept-Crs")).isEqualTo("EPSG:4326");
    });
  }

  @Test
  void aRefusalCarriesTheFieldAndReasonOfTheApi() {
    api.stubFor(post("/zaken/api/v1/zaken").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"type": "https://zaken.example.nl/ref/fouten/ValidationError/", "code": "invalid",
             "title": "Ongeldige invoer.", "status": 400, "detail": "", "instance": "urn:uuid:6f1b",
             "invalidParams": [{"name": "zaaktype", "code": "not-published",
                                "reason": "Het zaaktype is nog niet gepubliceerd."}]}""")));

    assertThatThrownBy(() -> client().create(new NieuweZaak(RSIN, RSIN, ZAAKTYPE, null, LocalDate.of(2026, 3, 2),
        null, null, null, List.of())))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("Zaken API").contains("zaaktype")
              .contains("Het zaaktype is nog niet gepubliceerd.");
        });
  }

  @Test
  void aForbiddenAnswerIsARefusal() {
    api.stubFor(post("/zaken/api/v1/statussen").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"type": "https://zaken.example.nl/ref/fouten/PermissionDenied/", "code": "permission_denied",
             "title": "Je hebt geen toestemming om deze actie uit te voeren.", "status": 403,
             "detail": "Reopening a closed case with current scope is forbidden", "instance": "urn:uuid:1"}""")));

    assertThatThrownBy(() -> client().createStatus(new NieuweStatus(zaakUrl("9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90"),
        "https://catalogi.example.nl/api/v1/statustypen/1", OffsetDateTime.now(), null)))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).contains("geen toestemming").contains("Reopening a closed case");
        });
  }

  @Test
  void aServerErrorIsRetryable() {
    api.stubFor(post("/zaken/api/v1/resultaten").willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"title\": \"Service tijdelijk niet beschikbaar.\", \"status\": 503}")));

    assertThatThrownBy(() -> client().createResultaat(new NieuwResultaat(zaakUrl("9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90"),
        "https://catalogi.example.nl/api/v1/resultaattypen/1", null)))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage()).contains("Zaken API").contains("503").contains("niet beschikbaar");
        });
  }

  @Test
  void aSlowAnswerIsATimeOut() {
    String uuid = "9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90";
    api.stubFor(get("/zaken/api/v1/zaken/" + uuid)
        .willReturn(okJson(zaakJson(uuid, "ZAAK-2026-0000000001", "p")).withFixedDelay(1500)));

    assertThatThrownBy(() -> client(Duration.ofMillis(300)).get(zaakUrl(uuid)))
        .isInstanceOfSatisfying(BackendUnavailableException.class,
            e -> assertThat(e.getMessage()).contains("Zaken API").contains("niet bereikbaar"));
  }

  @Test
  void aMalformedAnswerIsUnreadable() {
    String uuid = "9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90";
    api.stubFor(get("/zaken/api/v1/zaken/" + uuid).willReturn(okJson("{\"url\": \"http://x\", \"startdatum\": ")));

    assertThatThrownBy(() -> client().get(zaakUrl(uuid)))
        .isInstanceOfSatisfying(BackendUnavailableException.class,
            e -> assertThat(e.getMessage()).contains("Zaken API").contains("niet kan lezen"));
  }

  @Test
  void anEmptyCreatedAnswerIsUnreadable() {
    api.stubFor(post("/zaken/api/v1/zaken").willReturn(aResponse().withStatus(201)));

    assertThatThrownBy(() -> client().create(new NieuweZaak(RSIN, RSIN, ZAAKTYPE, null, LocalDate.of(2026, 3, 2),
        null, null, null, List.of())))
        .isInstanceOf(BackendUnavailableException.class);
  }

  @Test
  void findByKenmerkFollowsEveryPageAndKeepsOnlyZakenWithTheKenmerk() {
    String next = api.baseUrl() + "/zaken/api/v1/zaken?bronorganisatie=" + RSIN + "&page=2&startdatum=2026-03-02"
        + "&zaaktype=https%3A%2F%2Fcatalogi.example.nl%2Fapi%2Fv1%2Fzaaktypen%2F0119dd4e-7be9-477e-bccf-75023b1453c1";
    api.stubFor(get(urlPathEqualTo("/zaken/api/v1/zaken"))
        .withQueryParam("bronorganisatie", equalTo(RSIN))
        .withQueryParam("zaaktype", equalTo(ZAAKTYPE))
        .withQueryParam("startdatum", equalTo("2026-03-02"))
        .withHeader("Accept-Crs", equalTo("EPSG:4326"))
        .willReturn(okJson("""
            {"count": 3, "next": "%s", "previous": null,
             "results": [%s, %s]}""".formatted(next,
            zaakJson("11111111-1111-4111-8111-111111111111", "ZAAK-2026-0000000001", "proces-1"),
            zaakJson("22222222-2222-4222-8222-222222222222", "ZAAK-2026-0000000002", "proces-2")))));
    api.stubFor(get(urlPathEqualTo("/zaken/api/v1/zaken"))
        .withQueryParam("page", equalTo("2"))
        .withQueryParam("zaaktype", equalTo(ZAAKTYPE))
        .willReturn(okJson("""
            {"count": 3, "next": null, "previous": "%s", "results": [%s]}""".formatted(api.baseUrl(),
            zaakJson("33333333-3333-4333-8333-333333333333", "ZAAK-2026-0000000003", "proces-3")))));

    List<Zaak> found = client().findByKenmerk(RSIN, ZAAKTYPE, LocalDate.of(2026, 3, 2),
        new Kenmerk("proces-3", "Werkstroom"));

    assertThat(found).extracting(Zaak::identificatie).containsExactly("ZAAK-2026-0000000003");
    assertThat(api.findAll(getRequestedFor(urlPathEqualTo("/zaken/api/v1/zaken")))).hasSize(2);
  }

  @Test
  void findByKenmerkNeedsTheSameSource() {
    api.stubFor(get(urlPathEqualTo("/zaken/api/v1/zaken")).willReturn(okJson("""
        {"count": 1, "next": null, "previous": null, "results": [%s]}""".formatted(
        zaakJson("11111111-1111-4111-8111-111111111111", "ZAAK-2026-0000000001", "proces-1")))));

    assertThat(client().findByKenmerk(RSIN, ZAAKTYPE, LocalDate.of(2026, 3, 2), new Kenmerk("proces-1", "Ander"))).isEmpty();
    assertThat(client().findByKenmerk(RSIN, ZAAKTYPE, LocalDate.of(2026, 3, 2), new Kenmerk("proces-1", "Werkstroom")))
        .hasSize(1);
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowed() {
    api.stubFor(get(urlPathEqualTo("/zaken/api/v1/zaken")).willReturn(okJson("""
        {"count": 2, "next": "https://elders.example.com/zaken/api/v1/zaken?page=2", "previous": null,
         "results": []}""")));

    assertThatThrownBy(() -> client().findByKenmerk(RSIN, ZAAKTYPE, LocalDate.of(2026, 3, 2),
        new Kenmerk("proces-1", "Werkstroom")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hoort niet bij de Zaken API");
  }

  @Test
  void aZaakUrlOfAnotherApiIsRefusedWithoutSendingTheToken() {
    assertThatThrownBy(() -> client().get("https://elders.example.com/zaken/api/v1/zaken/1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hoort niet bij de Zaken API");
  }

  @Test
  void statussenAreReadPageByPageOldestFirst() {
    String zaak = zaakUrl("9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90");
    api.stubFor(get(urlPathEqualTo("/zaken/api/v1/statussen")).withQueryParam("zaak", equalTo(zaak))
        .willReturn(okJson("""
            {"count": 2, "next": null, "previous": null, "results": [
              {"url": "%1$s/s2", "uuid": "s2", "zaak": "%2$s", "statustype": "https://c/st/2",
               "datumStatusGezet": "2026-03-03T10:00:00Z", "statustoelichting": "", "indicatieLaatstGezetteStatus": true},
              {"url": "%1$s/s1", "uuid": "s1", "zaak": "%2$s", "statustype": "https://c/st/1",
               "datumStatusGezet": "2026-03-02T09:00:00+01:00", "statustoelichting": ""}]}""".formatted(
            api.baseUrl() + "/zaken/api/v1/statussen", zaak))));

    List<Status> statussen = client().statussen(zaak);

    assertThat(statussen).extracting(Status::statustype).containsExactly("https://c/st/1", "https://c/st/2");
    assertThat(statussen.get(0).datumStatusGezet()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:00:00+01:00"));
  }

  @Test
  void aDocumentIsLinkedOnceEvenWhenAskedTwice() {
    String zaak = zaakUrl("9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90");
    String document = "https://documenten.example.nl/api/v1/enkelvoudiginformatieobjecten/5d5c";
    api.stubFor(get(urlPathEqualTo("/zaken/api/v1/zaakinformatieobjecten")).willReturn(okJson("[]")));
    api.stubFor(post("/zaken/api/v1/zaakinformatieobjecten").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("""
            {"url": "%s/zaakinformatieobjecten/z1", "uuid": "z1", "zaak": "%s", "informatieobject": "%s",
             "titel": "Besluit", "aardRelatieWeergave": "Hoort bij, omgekeerd: kent"}""".formatted(
            api.baseUrl() + "/zaken/api/v1", zaak, document))));

    ZaakInformatieObject link = client().koppelInformatieobject(zaak, document, "Besluit");
    assertThat(link.informatieobject()).isEqualTo(document);
    api.verify(postRequestedFor(urlPathEqualTo("/zaken/api/v1/zaakinformatieobjecten"))
        .withRequestBody(equalToJson("""
            {"zaak": "%s", "informatieobject": "%s", "titel": "Besluit"}""".formatted(zaak, document))));

    api.stubFor(get(urlPathEqualTo("/zaken/api/v1/zaakinformatieobjecten")).willReturn(okJson("""
        [{"url": "%s/zaakinformatieobjecten/z1", "uuid": "z1", "zaak": "%s", "informatieobject": "%s",
          "titel": "Besluit"}]""".formatted(api.baseUrl() + "/zaken/api/v1", zaak, document))));
    ZaakInformatieObject again = client().koppelInformatieobject(zaak, document, "Besluit");

    assertThat(again.uuid()).isEqualTo("z1");
    assertThat(api.findAll(postRequestedFor(urlPathEqualTo("/zaken/api/v1/zaakinformatieobjecten")))).hasSize(1);
  }

  @Test
  void withoutCredentialsNothingIsSent() {
    ZgwProperties properties = new ZgwProperties(api.baseUrl() + "/zaken/api/v1", "/d", "/b", "/c", null, null,
        Duration.ofSeconds(2), Duration.ofSeconds(2), Map.of());
    ZakenClient client = new ZakenClient(properties, new BackendHttp(new LocalServer()));

    assertThatThrownBy(() -> client.get(zaakUrl("9b1a4f6e-0c3d-4a57-9d41-1f3e2c7a8b90")))
        .hasMessageContaining("werkstroom.integration.zgw.client-id");
    assertThat(api.getAllServeEvents()).isEmpty();
  }
}
