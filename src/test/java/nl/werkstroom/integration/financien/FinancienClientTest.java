package nl.werkstroom.integration.financien;

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
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FinancienClientTest {

  @RegisterExtension
  static WireMockExtension financien = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();

  private static final String RESERVERINGEN = "/api/v1/administraties/LEI01/budgetten/SUB-SPORT/reserveringen";
  private static final String PROBLEM = "application/problem+json";

  private final FinancienClient client = new FinancienClient(new BackendHttp(new LocalServer()),
      new FinancienProperties(financien.baseUrl() + "/api/v1", "geheim-token", Duration.ofSeconds(2),
          Duration.ofSeconds(1), Map.of()));

  @Test
  void reservesWithBearerTokenIdempotencyKeyAndTheAmountAsDecimalString() {
    financien.stubFor(post(RESERVERINGEN).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("""
            {"id": "res-1", "budgetcode": "SUB-SPORT", "bedrag": "1250.50", "referentie": "ZAAK-2026-0001",
             "omschrijving": "Sportclub", "status": "gereserveerd", "aangemaakt": "2026-03-02T10:15:30+01:00",
             "eenNieuwVeld": 1}""")));

    Reservering reservering = client.reserveer("LEI01", "SUB-SPORT",
        new NieuweReservering(new BigDecimal("1250.50"), "ZAAK-2026-0001", "Sportclub"), "proces-1:Task_Reserveer");

    assertThat(reservering.id()).isEqualTo("res-1");
    assertThat(reservering.bedrag()).isEqualByComparingTo("1250.50");
    assertThat(reservering.status()).isEqualTo(Reservering.GERESERVEERD);
    financien.verify(postRequestedFor(urlEqualTo(RESERVERINGEN))
        .withHeader("Authorization", equalTo("Bearer geheim-token"))
        .withHeader("Idempotency-Key", equalTo("proces-1:Task_Reserveer"))
        .withRequestBody(equalToJson("""
            {"bedrag": "1250.50", "referentie": "ZAAK-2026-0001", "omschrijving": "Sportclub"}""")));
  }

  @Test
  void aReservationBeyondTheCeilingIsABudgetOntoereikendException() {
    financien.stubFor(post(RESERVERINGEN).willReturn(aResponse().withStatus(422).withHeader("Content-Type", PROBLEM)
        .withBody("""
            {"type": "https://werkstroom.nl/problemen/financien/plafond-bereikt", "code": "plafond-bereikt",
             "title": "Het budgetplafond is bereikt.", "status": 422,
             "detail": "Een reservering van 5000.00 EUR past niet meer binnen het plafond van budget SUB-SPORT."}""")));

    assertThatThrownBy(() -> client.reserveer("LEI01", "SUB-SPORT",
        new NieuweReservering(new BigDecimal("5000.00"), "ZAAK-1", null), "k"))
        .isInstanceOf(BudgetOntoereikendException.class)
        .hasMessageContaining("Financieel systeem weigerde het verzoek (HTTP 422)")
        .hasMessageContaining("past niet meer binnen het plafond van budget SUB-SPORT")
        .satisfies(e -> assertThat(((BackendRejectedException) e).isRetryable()).isFalse());
  }

  @Test
  void anotherRefusalWith422IsAPlainRejection() {
    financien.stubFor(post(RESERVERINGEN).willReturn(aResponse().withStatus(422).withHeader("Content-Type", PROBLEM)
        .withBody("""
            {"code": "idempotency-key-hergebruikt", "title": "De Idempotency-Key is al gebruikt.", "status": 422}""")));

    assertThatThrownBy(() -> client.reserveer("LEI01", "SUB-SPORT",
        new NieuweReservering(BigDecimal.TEN, null, null), "k"))
        .isExactlyInstanceOf(BackendRejectedException.class)
        .hasMessageContaining("De Idempotency-Key is al gebruikt.");
  }

  @Test
  void invalidInputIsRejectedWithTheInvalidParamsInTheMessage() {
    financien.stubFor(post("/api/v1/administraties/LEI01/betalingen").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", PROBLEM).withBody("""
            {"code": "ongeldige-invoer", "title": "Het verzoek bevat ongeldige gegevens.", "status": 400,
             "invalidParams": [{"name": "iban", "code": "invalid-iban", "reason": "Geen geldig IBAN (controlegetal klopt niet)."}]}""")));

    assertThatThrownBy(() -> client.betaal("LEI01",
        new NieuweBetaling("verpl-1", new BigDecimal("10.00"), "NL00ABNA0000000000", "Subsidie", null), "k"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("iban: Geen geldig IBAN (controlegetal klopt niet).");
        });
  }

  @Test
  void anUnknownBudgetIsANotFoundRejection() {
    financien.stubFor(get("/api/v1/administraties/LEI01/budgetten/ONBEKEND").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", PROBLEM).withBody("""
            {"code": "niet-gevonden", "title": "Niet gevonden.", "status": 404, "detail": "Budget ONBEKEND in administratie LEI01 bestaat niet."}""")));

    assertThatThrownBy(() -> client.budget("LEI01", "ONBEKEND"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.isNotFound()).isTrue();
          assertThat(e.getMessage()).contains("Budget ONBEKEND in administratie LEI01 bestaat niet.");
        });
  }

  @Test
  void aServerErrorIsRetryable() {
    financien.stubFor(post(RESERVERINGEN).willReturn(aResponse().withStatus(503).withBody("onderhoud")));

    assertThatThrownBy(() -> client.reserveer("LEI01", "SUB-SPORT", new NieuweReservering(BigDecimal.ONE, null, null), "k"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("Financieel systeem gaf een fout (HTTP 503)")
        .hasMessageContaining("probeert het opnieuw");
  }

  @Test
  void aTimeOutIsRetryable() {
    financien.stubFor(get("/api/v1/administraties/LEI01/budgetten/SUB-SPORT")
        .willReturn(okJson("{}").withFixedDelay(2500)));

    assertThatThrownBy(() -> client.budget("LEI01", "SUB-SPORT"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("niet bereikbaar of antwoordt niet binnen");
  }

  @Test
  void aMalformedOrEmptyAnswerIsRetryable() {
    financien.stubFor(get("/api/v1/administraties/LEI01/betalingen/b-1").willReturn(okJson("{\"id\": \"b-1\", ")));
    financien.stubFor(get("/api/v1/administraties/LEI01/betalingen/b-2").willReturn(aResponse().withStatus(200)));

    assertThatThrownBy(() -> client.betaling("LEI01", "b-1"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("antwoord dat Werkstroom niet kan lezen");
    assertThatThrownBy(() -> client.betaling("LEI01", "b-2"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("leeg antwoord");
  }

  @Test
  void commitsAndPaysWithTheirOwnKeys() {
    financien.stubFor(post("/api/v1/administraties/LEI01/verplichtingen").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("""
            {"id": "verpl-1", "reservering": "res-1", "budgetcode": "SUB-SPORT", "bedrag": "1000.00", "betaald": "0.00",
             "crediteur": {"naam": "Sportclub De Sleutels", "iban": "NL91ABNA0417164300"}, "status": "vastgelegd",
             "aangemaakt": "2026-03-02T10:15:30+01:00"}""")));
    financien.stubFor(post("/api/v1/administraties/LEI01/betalingen").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("""
            {"id": "bet-1", "verplichting": "verpl-1", "bedrag": "1000.00", "iban": "NL91ABNA0417164300",
             "betaaldatum": "2026-03-10", "status": "ingepland", "aangemaakt": "2026-03-02T10:15:31+01:00"}""")));

    Verplichting verplichting = client.legVast("LEI01", new NieuweVerplichting("res-1", new BigDecimal("1000.00"),
        new Crediteur("Sportclub De Sleutels", "NL91ABNA0417164300")), "p:verplichting");
    Betaling betaling = client.betaal("LEI01", new NieuweBetaling("verpl-1", new BigDecimal("1000.00"),
        "NL91ABNA0417164300", "Subsidie", LocalDate.of(2026, 3, 10)), "p:betaling");

    assertThat(verplichting.id()).isEqualTo("verpl-1");
    assertThat(betaling.status()).isEqualTo(Betaling.INGEPLAND);
    assertThat(betaling.betaaldatum()).isEqualTo(LocalDate.of(2026, 3, 10));
    financien.verify(postRequestedFor(urlEqualTo("/api/v1/administraties/LEI01/verplichtingen"))
        .withHeader("Idempotency-Key", equalTo("p:verplichting"))
        .withRequestBody(equalToJson("""
            {"reservering": "res-1", "bedrag": "1000.00", "crediteur": {"naam": "Sportclub De Sleutels", "iban": "NL91ABNA0417164300"}}""")));
    financien.verify(postRequestedFor(urlEqualTo("/api/v1/administraties/LEI01/betalingen"))
        .withHeader("Idempotency-Key", equalTo("p:betaling"))
        .withRequestBody(equalToJson("""
            {"verplichting": "verpl-1", "bedrag": "1000.00", "iban": "NL91ABNA0417164300", "omschrijving": "Subsidie",
             "betaaldatum": "2026-03-10"}""")));
  }

  private static final String VORDERINGEN = "/api/v1/administraties/LEI01/vorderingen";

  private static NieuweVordering terugvordering() {
    return new NieuweVordering("Sportclub De Sleutels", new BigDecimal("1000.00"), "Terugvordering subsidie sport",
        "ZAAK-2026-0042", LocalDate.of(2026, 10, 13));
  }

  @Test
  void raisesAReceivableWithItsIdempotencyKeyAndTheZaakAsReference() {
    financien.stubFor(post(VORDERINGEN).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("""
            {"id": "vord-1", "debiteurNaam": "Sportclub De Sleutels", "bedrag": "1000.00",
             "omschrijving": "Terugvordering subsidie sport", "referentie": "ZAAK-2026-0042", "vervaldatum": "2026-10-13",
             "status": "open", "aangemaakt": "2026-09-01T10:15:30+02:00"}""")));

    Vordering vordering = client.stelVorderingIn("LEI01", terugvordering(), "proces-1:Task_TerugvorderingInstellen");

    assertThat(vordering.id()).isEqualTo("vord-1");
    assertThat(vordering.status()).isEqualTo(Vordering.OPEN);
    assertThat(vordering.bedrag()).isEqualByComparingTo("1000.00");
    assertThat(vordering.vervaldatum()).isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(vordering.toString()).doesNotContain("Sleutels");
    assertThat(terugvordering().toString()).doesNotContain("Sleutels");
    financien.verify(postRequestedFor(urlEqualTo(VORDERINGEN))
        .withHeader("Authorization", equalTo("Bearer geheim-token"))
        .withHeader("Idempotency-Key", equalTo("proces-1:Task_TerugvorderingInstellen"))
        .withRequestBody(equalToJson("""
            {"debiteurNaam": "Sportclub De Sleutels", "bedrag": "1000.00", "omschrijving": "Terugvordering subsidie sport",
             "referentie": "ZAAK-2026-0042", "vervaldatum": "2026-10-13"}""")));
  }

  @Test
  void aRefusedReceivableIsARejectionWithTheReasonAndAServerErrorIsRetryable() {
    financien.stubFor(post(VORDERINGEN).willReturn(aResponse().withStatus(400).withHeader("Content-Type", PROBLEM)
        .withBody("""
            {"code": "ongeldige-invoer", "title": "Het verzoek bevat ongeldige gegevens.", "status": 400,
             "invalidParams": [{"name": "vervaldatum", "code": "in-verleden", "reason": "Een vervaldatum ligt niet in het verleden."}]}""")));
    financien.stubFor(get(VORDERINGEN + "/vord-9").willReturn(aResponse().withStatus(502).withBody("gateway")));

    assertThatThrownBy(() -> client.stelVorderingIn("LEI01", terugvordering(), "k"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).contains("vervaldatum: Een vervaldatum ligt niet in het verleden.");
        });
    assertThatThrownBy(() -> client.vordering("LEI01", "vord-9"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("Financieel systeem gaf een fout (HTTP 502)");
  }

  @Test
  void findsTheReceivablesOfAZaak() {
    financien.stubFor(get(VORDERINGEN + "?referentie=ZAAK%202026/42").willReturn(okJson("""
        [{"id": "vord-1", "bedrag": "1000.00", "referentie": "ZAAK 2026/42", "vervaldatum": "2026-10-13", "status": "open"},
         {"id": "vord-2", "bedrag": "250.00", "referentie": "ZAAK 2026/42", "vervaldatum": "2026-11-02", "status": "voldaan"}]""")));
    financien.stubFor(get(VORDERINGEN + "?referentie=ZAAK-LEEG").willReturn(okJson("[]")));

    List<Vordering> vorderingen = client.vorderingen("LEI01", "ZAAK 2026/42");

    assertThat(vorderingen).extracting(Vordering::id, Vordering::status)
        .containsExactly(tuple("vord-1", Vordering.OPEN),
            tuple("vord-2", Vordering.VOLDAAN));
    assertThat(client.vorderingen("LEI01", "ZAAK-LEEG")).isEmpty();
    financien.verify(getRequestedFor(urlEqualTo(VORDERINGEN + "?referentie=ZAAK%202026/42")));
  }
}
