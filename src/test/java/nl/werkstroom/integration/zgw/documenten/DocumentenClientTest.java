package nl.werkstroom.integration.zgw.documenten;

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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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

class DocumentenClientTest {

  private static final String CLIENT_ID = "werkstroom";
  private static final String SECRET = "een-geheim-van-minstens-tweeendertig-tekens";
  private static final String RSIN = "001005650";
  private static final String UUID = "5f2b7e1c-3a9d-4c6e-8b0f-2d1a9e7c4b3a";
  private static final String TYPE = "https://catalogi.example.nl/api/v1/informatieobjecttypen/"
      + "0c6b1f3e-2a4d-4e8b-9c7a-1b2d3e4f5a6b";

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private DocumentenClient client() {
    return client(Duration.ofSeconds(5));
  }

  /** A short read time-out only where the test is about time-outs: a busy build machine is slow. */
  private DocumentenClient client(Duration readTimeout) {
    ZgwProperties properties = new ZgwProperties("/simulator/zgw/zaken/api/v1", api.baseUrl() + "/documenten/api/v1",
        "/simulator/zgw/besluiten/api/v1", "/simulator/zgw/catalogi/api/v1", CLIENT_ID, SECRET,
        Duration.ofSeconds(2), readTimeout, Map.of());
    return new DocumentenClient(new BackendHttp(new LocalServer()), properties);
  }

  private static String documentUrl() {
    return api.baseUrl() + "/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID;
  }

  private static String documentJson(String identificatie) {
    return """
        {"url": "%s", "identificatie": "%s", "bronorganisatie": "%s", "creatiedatum": "2026-03-02",
         "titel": "Ontvangstbevestiging", "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
         "auteur": "Gemeente Leiden", "status": "definitief", "formaat": "text/plain", "taal": "dut",
         "versie": 1, "beginRegistratie": "2026-03-02T10:15:30.123456+01:00",
         "bestandsnaam": "ontvangstbevestiging.txt", "inhoud": "%s/download?versie=1", "bestandsomvang": 5,
         "link": "", "beschrijving": "", "ontvangstdatum": null, "verzenddatum": null,
         "indicatieGebruiksrecht": null, "verschijningsvorm": "",
         "ondertekening": {"soort": "", "datum": null},
         "integriteit": {"algoritme": "", "waarde": "", "datum": null},
         "informatieobjecttype": "%s", "locked": false, "bestandsdelen": [], "trefwoorden": []}
        """.formatted(documentUrl(), identificatie, RSIN, documentUrl(), TYPE);
  }

  private static NieuwInformatieObject nieuwDocument(String identificatie) {
    return new NieuwInformatieObject(RSIN, LocalDate.of(2026, 3, 2), "Ontvangstbevestiging", "Gemeente Leiden",
        NieuwInformatieObject.NEDERLANDS, "text/plain", "ontvangstbevestiging.txt", NieuwInformatieObject.base64("Hallo"),
        null, TYPE, identificatie, NieuwInformatieObject.DEFINITIEF);
  }

  @Test
  void storesADocumentWithItsContentBase64AndAVerifiableToken() {
    api.stubFor(post("/documenten/api/v1/enkelvoudiginformatieobjecten").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withHeader("Location", documentUrl())
        .withBody(documentJson("DOC-1"))));

    EnkelvoudigInformatieObject document = client().create(nieuwDocument("DOC-1"));

    assertThat(document.url()).isEqualTo(documentUrl());
    assertThat(document.identificatie()).isEqualTo("DOC-1");
    assertThat(document.versie()).isEqualTo(1);
    assertThat(document.creatiedatum()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(document.inhoud()).isEqualTo(documentUrl() + "/download?versie=1");
    assertThat(document.bestandsomvang()).isEqualTo(5L);
    // Empty fields are left out, never sent as null: the API refuses null for most of them.
    api.verify(postRequestedFor(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten"))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson("""
            {"bronorganisatie": "001005650", "creatiedatum": "2026-03-02", "titel": "Ontvangstbevestiging",
             "auteur": "Gemeente Leiden", "taal": "dut", "formaat": "text/plain",
             "bestandsnaam": "ontvangstbevestiging.txt", "inhoud": "SGFsbG8=", "informatieobjecttype": "%s",
             "identificatie": "DOC-1", "status": "definitief"}""".formatted(TYPE))));
    LoggedRequest request = api.findAll(postRequestedFor(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten"))).get(0);
    ZgwTokenVerifier verifier = new ZgwTokenVerifier(Map.of(CLIENT_ID, SECRET), Clock.systemUTC());
    assertThat(verifier.verify(request.getHeader("Authorization"))).contains(CLIENT_ID);
  }

  @Test
  void readsADocumentByItsUrl() {
    api.stubFor(get("/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID).willReturn(okJson(documentJson("DOC-1"))));

    EnkelvoudigInformatieObject document = client().get(documentUrl());

    assertThat(document.titel()).isEqualTo("Ontvangstbevestiging");
    assertThat(document.informatieobjecttype()).isEqualTo(TYPE);
    assertThat(api.findAll(getRequestedFor(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID))))
        .singleElement().satisfies(request -> assertThat(request.getHeader("Authorization")).startsWith("Bearer "));
  }

  @Test
  void sendsItsTokenOnlyToTheConfiguredApi() {
    assertThatThrownBy(() -> client().get("https://elders.example.org/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hoort niet bij de Documenten API");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void findsDocumentsByBronorganisatieAndIdentificatie() {
    api.stubFor(get(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten")).willReturn(okJson("""
        {"count": 1, "next": null, "previous": null, "results": [%s]}""".formatted(documentJson("ZAAK-1-ABC")))));

    List<EnkelvoudigInformatieObject> found = client().findByIdentificatie(RSIN, "ZAAK-1-ABC");

    assertThat(found).extracting(EnkelvoudigInformatieObject::identificatie).containsExactly("ZAAK-1-ABC");
    api.verify(getRequestedFor(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten"))
        .withQueryParam("bronorganisatie", equalTo(RSIN))
        .withQueryParam("identificatie", equalTo("ZAAK-1-ABC")));
  }

  @Test
  void findsNothingWhenNoDocumentHasTheIdentificatie() {
    api.stubFor(get(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten"))
        .willReturn(okJson("{\"count\": 0, \"next\": null, \"previous\": null, \"results\": []}")));

    assertThat(client().findByIdentificatie(RSIN, "ONBEKEND")).isEmpty();
  }

  @Test
  void downloadsTheStoredBytes() {
    byte[] content = "Geachte heer, mevrouw,\nUw aanvraag is ontvangen. €".getBytes(StandardCharsets.UTF_8);
    api.stubFor(get("/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID + "/download").willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/octet-stream").withBody(content)));

    assertThat(client().download(documentUrl())).isEqualTo(content);
    assertThat(client().download(documentUrl() + "?versie=1")).isEqualTo(content);
    api.verify(2, getRequestedFor(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID + "/download"))
        .withHeader("Accept", equalTo("*/*"))
        .withHeader("Authorization", matching("Bearer .+")));
  }

  @Test
  void aRefusalCarriesTheFieldAndReasonOfTheApi() {
    api.stubFor(post("/documenten/api/v1/enkelvoudiginformatieobjecten").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"type": "https://documenten.example.nl/ref/fouten/ValidationError/", "code": "invalid",
             "title": "Ongeldige invoer.", "status": 400, "detail": "", "instance": "urn:uuid:6f1b",
             "invalidParams": [{"name": "identificatie", "code": "identificatie-niet-uniek",
                                "reason": "Deze identificatie (DOC-1) bestaat al voor deze bronorganisatie"}]}""")));

    assertThatThrownBy(() -> client().create(nieuwDocument("DOC-1")))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).contains("Documenten API").contains("identificatie")
              .contains("Deze identificatie (DOC-1) bestaat al voor deze bronorganisatie");
        });
  }

  @Test
  void aForbiddenAnswerIsARefusal() {
    api.stubFor(get("/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"type": "https://documenten.example.nl/ref/fouten/PermissionDenied/", "code": "permission_denied",
             "title": "Je hebt geen toestemming om deze actie uit te voeren.", "status": 403,
             "detail": "Het JWT is niet geldig.", "instance": "urn:uuid:1"}""")));

    assertThatThrownBy(() -> client().get(documentUrl()))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.getMessage()).contains("Documenten API").contains("geen toestemming");
        });
  }

  @Test
  void aServerErrorIsRetryable() {
    api.stubFor(post("/documenten/api/v1/enkelvoudiginformatieobjecten").willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"code": "error", "title": "Er is een serverfout opgetreden.", "status": 503, "detail": "", "instance": "urn:uuid:2"}""")));

    assertThatThrownBy(() -> client().create(nieuwDocument("DOC-1")))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage()).contains("Documenten API").contains("HTTP 503").contains("opnieuw");
        });
  }

  @Test
  void aSlowAnswerIsARetryableTimeOut() {
    api.stubFor(get(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten"))
        .willReturn(okJson("{\"count\": 0, \"next\": null, \"previous\": null, \"results\": []}").withFixedDelay(2000)));

    assertThatThrownBy(() -> client(Duration.ofMillis(300)).findByIdentificatie(RSIN, "DOC-1"))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("Documenten API").contains("niet bereikbaar of antwoordt niet"));
  }

  @Test
  void anUnreadableAnswerIsRetryable() {
    api.stubFor(get("/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"url\": ")));

    assertThatThrownBy(() -> client().get(documentUrl()))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("Documenten API").contains("niet kan lezen"));
  }

  @Test
  void aListWithoutResultsIsUnreadable() {
    api.stubFor(get(urlPathEqualTo("/documenten/api/v1/enkelvoudiginformatieobjecten"))
        .willReturn(okJson("{\"detail\": \"onverwacht\"}")));

    assertThatThrownBy(() -> client().findByIdentificatie(RSIN, "DOC-1"))
        .isInstanceOf(BackendUnavailableException.class);
  }

  @Test
  void theContentNeverAppearsInTheRequestsDescription() {
    NieuwInformatieObject document = nieuwDocument("DOC-1");

    assertThat(document.toString()).contains("DOC-1").doesNotContain(NieuwInformatieObject.base64("Hallo"));
  }
}
