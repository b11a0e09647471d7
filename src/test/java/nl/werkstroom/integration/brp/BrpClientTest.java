package nl.werkstroom.integration.brp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import java.util.List;
import java.util.Optional;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrpClientTest {

  @RegisterExtension
  static WireMockExtension brp = WireMockExtension.newInstance()
      // Plain-HTTP/2 off: the JDK client asks to upgrade on its first request, which WireMock's Jetty cannot do with a body.
      .options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();

  private static final String BSN = "999993653";
  private static final List<String> FIELDS = List.of("naam.volledigeNaam", "leeftijd", "verblijfplaats.verblijfadres.woonplaats");

  private final BrpClient client = new BrpClient(new BackendHttp(new LocalServer()),
      new BrpProperties(brp.baseUrl() + "/haalcentraal/api/brp", "sleutel-123", Duration.ofSeconds(2), Duration.ofSeconds(1)));

  @Test
  void consultsAPersonByBsnWithTheRequestedFieldsAndTheApiKey() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(okJson("""
        {"type": "RaadpleegMetBurgerservicenummer",
         "personen": [{
           "burgerservicenummer": "999993653",
           "leeftijd": 45,
           "naam": {"voornamen": "Jan Pieter", "voorvoegsel": "de", "geslachtsnaam": "Vries", "volledigeNaam": "Jan Pieter de Vries"},
           "geboorte": {"datum": {"type": "Datum", "datum": "1980-01-01", "langFormaat": "1 januari 1980"}},
           "verblijfplaats": {"type": "Adres", "verblijfadres": {"korteStraatnaam": "Breestraat", "huisnummer": 117, "postcode": "2311CS", "woonplaats": "Leiden"}},
           "adressering": {"adresregel1": "Breestraat 117", "adresregel2": "2311 CS  LEIDEN"},
           "eenVeldDatWijNietKennen": true
         }]}""")));

    Optional<Persoon> persoon = client.raadpleeg(BSN, FIELDS);

    assertThat(persoon).hasValueSatisfying(p -> {
      assertThat(p.volledigeNaam()).contains("Jan Pieter de Vries");
      assertThat(p.naam().voorvoegsel()).isEqualTo("de");
      assertThat(p.leeftijd()).isEqualTo(45);
      assertThat(p.geboorte().datum().datum()).isEqualTo(LocalDate.of(1980, 1, 1));
      assertThat(p.woonplaats()).contains("Leiden");
      assertThat(p.adressering().adresregel2()).isEqualTo("2311 CS  LEIDEN");
      assertThat(p.isOverleden()).isFalse();
    });
    brp.verify(postRequestedFor(urlEqualTo("/haalcentraal/api/brp/personen"))
        .withHeader("X-API-KEY", equalTo("sleutel-123"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"type": "RaadpleegMetBurgerservicenummer",
             "burgerservicenummer": ["999993653"],
             "fields": ["naam.volledigeNaam", "leeftijd", "verblijfplaats.verblijfadres.woonplaats"]}""")));
  }

  @Test
  void limitsTheQueryToAGemeenteWhenAsked() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(okJson("""
        {"type": "RaadpleegMetBurgerservicenummer", "personen": []}""")));

    client.raadpleeg(BSN, FIELDS, "0546");

    brp.verify(postRequestedFor(urlEqualTo("/haalcentraal/api/brp/personen"))
        .withRequestBody(equalToJson("""
            {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"],
             "fields": ["naam.volledigeNaam", "leeftijd", "verblijfplaats.verblijfadres.woonplaats"],
             "gemeenteVanInschrijving": "0546"}""")));
  }

  @Test
  void aDeceasedPersonIsRecognisedByTheSuspensionTheApiAlwaysDelivers() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(okJson("""
        {"type": "RaadpleegMetBurgerservicenummer",
         "personen": [{"naam": {"volledigeNaam": "Hendrika Wilhelmina van Dijk"},
           "opschortingBijhouding": {"reden": {"code": "O", "omschrijving": "overlijden"},
             "datum": {"type": "Datum", "datum": "2023-03-14", "langFormaat": "14 maart 2023"}}}]}""")));

    assertThat(client.raadpleeg("999992077", List.of("naam.volledigeNaam")))
        .hasValueSatisfying(p -> {
          assertThat(p.isOverleden()).isTrue();
          assertThat(p.leeftijd()).isNull();
        });
  }

  @Test
  void anUnknownBsnIsAnEmptyAnswerBecauseTheApiReturnsNoPerson() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(okJson("""
        {"type": "RaadpleegMetBurgerservicenummer", "personen": []}""")));

    assertThat(client.raadpleeg(BSN, FIELDS)).isEmpty();
  }

  @Test
  void aRefusalCarriesTheProblemDetailsOfTheApiWithoutTheBsn() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(aResponse()
        .withStatus(400)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("""
            {"type": "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1",
             "title": "Een of meerdere parameters zijn niet correct.",
             "status": 400,
             "detail": "De foutieve parameter(s) zijn: fields[0].",
             "instance": "/haalcentraal/api/brp/personen",
             "code": "paramsValidation",
             "invalidParams": [{"name": "fields[0]", "code": "fields", "reason": "Parameter bevat een niet bestaande veldnaam."},
                               {"name": "burgerservicenummer", "code": "value", "reason": "Onbekend: 999993653"}]}""")));

    assertThatThrownBy(() -> client.raadpleeg(BSN, List.of("bestaatNiet")))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage())
              .startsWith("BRP (Haal Centraal Personen) weigerde het verzoek (HTTP 400)")
              .contains("Een of meerdere parameters zijn niet correct.")
              .contains("fields[0]: Parameter bevat een niet bestaande veldnaam.")
              .doesNotContain(BSN);
        });
  }

  @Test
  void aMissingOrWrongKeyIsARefusal() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(aResponse()
        .withStatus(401)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("""
            {"title": "Niet correct geauthenticeerd.", "status": 401, "code": "authentication"}""")));

    assertThatThrownBy(() -> client.raadpleeg(BSN, FIELDS))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.getMessage()).contains("Niet correct geauthenticeerd.");
        });
  }

  @Test
  void aServerErrorIsRetryable() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(aResponse()
        .withStatus(503)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("""
            {"title": "Bronservice BRP is tijdelijk niet beschikbaar.", "status": 503, "code": "notAvailable"}""")));

    assertThatThrownBy(() -> client.raadpleeg(BSN, FIELDS))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage())
              .contains("BRP (Haal Centraal Personen) gaf een fout (HTTP 503)")
              .contains("Bronservice BRP is tijdelijk niet beschikbaar.")
              .contains("probeert het opnieuw");
        });
  }

  @Test
  void anAnswerThatComesTooLateIsRetryable() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(okJson("""
        {"type": "RaadpleegMetBurgerservicenummer", "personen": []}""").withFixedDelay(2500)));

    assertThatThrownBy(() -> client.raadpleeg(BSN, FIELDS))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("BRP (Haal Centraal Personen) is niet bereikbaar of antwoordt niet binnen"));
  }

  @Test
  void anUnreadableAnswerIsRetryable() {
    brp.stubFor(post("/haalcentraal/api/brp/personen").willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"personen\": [{\"naam\": ")));

    assertThatThrownBy(() -> client.raadpleeg(BSN, FIELDS))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e ->
            assertThat(e.getMessage()).contains("gaf een antwoord dat Werkstroom niet kan lezen"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "99999365", "9999936530", "99999365a", " 999993653"})
  void anInvalidBsnIsRefusedBeforeAnyCallWithAMessageThatDoesNotRepeatIt(String bsn) {
    assertThatThrownBy(() -> client.raadpleeg(bsn, FIELDS))
        .isInstanceOf(OngeldigBurgerservicenummerException.class)
        .hasMessageStartingWith("Het burgerservicenummer is ongeldig")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bsn.strip()));
    brp.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBsnThatFailsTheElfproefSaysSo() {
    assertThatThrownBy(() -> client.raadpleeg("999993654", FIELDS))
        .hasMessage("Het burgerservicenummer is ongeldig: het voldoet niet aan de elfproef.");
    assertThatThrownBy(() -> client.raadpleeg(null, FIELDS))
        .hasMessage("Er is geen burgerservicenummer opgegeven.");
    brp.verify(0, anyRequestedFor(anyUrl()));
  }
}
