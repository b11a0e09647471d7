package nl.werkstroom.integration.publicatie;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PublicatieClientTest {

  @RegisterExtension
  static WireMockExtension koop = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();

  private final PublicatieClient client = new PublicatieClient(new BackendHttp(new LocalServer()),
      new PublicatieProperties(koop.baseUrl() + "/api/v1", "publicatie-token", Duration.ofSeconds(2),
          Duration.ofSeconds(1), Map.of()));

  private static NieuwePublicatie verkeersbesluit() {
    return new NieuwePublicatie(NieuwePublicatie.STAATSCOURANT, "verkeersbesluit", "gm0546",
        "Verkeersbesluit parkeerverbod Breestraat", "De burgemeester en wethouders besluiten ...", null,
        LocalDate.of(2026, 4, 1));
  }

  @Test
  void submitsWithBearerTokenAndIdempotencyKey() {
    koop.stubFor(post("/api/v1/publicaties").willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody("""
            {"id": "pub-1", "publicatieblad": "staatscourant", "soort": "verkeersbesluit", "organisatie": "gm0546",
             "titel": "Verkeersbesluit parkeerverbod Breestraat", "status": "ingediend",
             "ingediend": "2026-03-02T10:00:00+01:00"}""")));

    Publicatie publicatie = client.dienIn(verkeersbesluit(), "proces-1:Task_Publiceren");

    assertThat(publicatie.id()).isEqualTo("pub-1");
    assertThat(publicatie.status()).isEqualTo(Publicatie.INGEDIEND);
    koop.verify(postRequestedFor(urlEqualTo("/api/v1/publicaties"))
        .withHeader("Authorization", equalTo("Bearer publicatie-token"))
        .withHeader("Idempotency-Key", equalTo("proces-1:Task_Publiceren"))
        .withRequestBody(equalToJson("""
            {"publicatieblad": "staatscourant", "soort": "verkeersbesluit", "organisatie": "gm0546",
             "titel": "Verkeersbesluit parkeerverbod Breestraat", "tekst": "De burgemeester en wethouders besluiten ...",
             "gewensteDatum": "2026-04-01"}""")));
  }

  @Test
  void readsAPublishedStatusWithDateAndUrl() {
    koop.stubFor(get("/api/v1/publicaties/pub-1").willReturn(okJson("""
        {"id": "pub-1", "publicatieblad": "staatscourant", "soort": "verkeersbesluit", "organisatie": "gm0546",
         "titel": "Verkeersbesluit", "status": "gepubliceerd", "ingediend": "2026-03-02T10:00:00+01:00",
         "publicatiedatum": "2026-03-03", "identificatie": "stcrt-2026-12345",
         "url": "https://zoek.officielebekendmakingen.nl/stcrt-2026-12345"}""")));

    Publicatie publicatie = client.status("pub-1");

    assertThat(publicatie.status()).isEqualTo(Publicatie.GEPUBLICEERD);
    assertThat(publicatie.publicatiedatum()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(publicatie.url()).isEqualTo("https://zoek.officielebekendmakingen.nl/stcrt-2026-12345");
    koop.verify(getRequestedFor(urlEqualTo("/api/v1/publicaties/pub-1"))
        .withHeader("Authorization", equalTo("Bearer publicatie-token")));
  }

  @Test
  void aSubmissionWithoutTitleIsRejectedWithTheReason() {
    koop.stubFor(post("/api/v1/publicaties").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"code": "ongeldige-invoer", "title": "Het verzoek bevat ongeldige gegevens.", "status": 400,
             "invalidParams": [{"name": "titel", "code": "required", "reason": "Dit veld is verplicht."}]}""")));

    assertThatThrownBy(() -> client.dienIn(verkeersbesluit(), "k"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).startsWith("Officiële publicaties weigerde het verzoek (HTTP 400)")
              .contains("titel: Dit veld is verplicht.");
        });
  }

  @Test
  void aServerErrorIsRetryable() {
    koop.stubFor(get("/api/v1/publicaties/pub-1").willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> client.status("pub-1"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("HTTP 502");
  }

  @Test
  void aTimeOutIsRetryable() {
    koop.stubFor(post("/api/v1/publicaties").willReturn(okJson("{}").withFixedDelay(2500)));

    assertThatThrownBy(() -> client.dienIn(verkeersbesluit(), "k"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("Officiële publicaties is niet bereikbaar of antwoordt niet binnen");
  }

  @Test
  void aMalformedAnswerIsRetryable() {
    koop.stubFor(get("/api/v1/publicaties/pub-1").willReturn(okJson("[\"geen publicatie\"")));

    assertThatThrownBy(() -> client.status("pub-1"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("niet kan lezen");
  }
}
