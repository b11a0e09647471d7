package nl.werkstroom.integration.zgw.catalogi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

class CatalogiClientTest {

  private static final String CLIENT_ID = "werkstroom";
  private static final String SECRET = "een-geheim-van-minstens-tweeendertig-tekens";
  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private String base() {
    return api.baseUrl() + "/catalogi/api/v1";
  }

  private CatalogiClient client() {
    return client(Duration.ofSeconds(5));
  }

  private CatalogiClient client(Duration readTimeout) {
    ZgwProperties properties = new ZgwProperties("/simulator/zgw/zaken/api/v1", "/d", "/b", base(), CLIENT_ID, SECRET,
        Duration.ofSeconds(2), readTimeout, Map.of());
    return new CatalogiClient(properties, new BackendHttp(new LocalServer()), TODAY);
  }

  private String zaaktype(String uuid, String begin, String einde, boolean concept) {
    return """
        {"url": "%1$s/zaaktypen/%2$s", "identificatie": "CONTACTVERZOEK", "omschrijving": "Contactverzoek afhandelen",
         "doorlooptijd": "P2D", "servicenorm": null, "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
         "beginGeldigheid": "%3$s", "eindeGeldigheid": %4$s, "concept": %5$s, "catalogus": "%1$s/catalogussen/c1",
         "statustypen": ["%1$s/statustypen/s1", "%1$s/statustypen/s2"], "resultaattypen": ["%1$s/resultaattypen/r1"],
         "referentieproces": {"naam": "Contactverzoek", "link": ""}}""".formatted(base(), uuid, begin,
        einde == null ? "null" : "\"" + einde + "\"", concept);
  }

  @Test
  void findsTheCatalogueOfAMunicipalityWithAVerifiableToken() {
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/catalogussen"))
        .withQueryParam("domein", equalTo("LEI")).withQueryParam("rsin", equalTo("001005650"))
        .willReturn(okJson("""
            {"count": 1, "next": null, "previous": null, "results": [
              {"url": "%s/catalogussen/c1", "domein": "LEI", "rsin": "001005650",
               "contactpersoonBeheerNaam": "Team Informatiebeheer", "zaaktypen": []}]}""".formatted(base()))));

    Catalogus catalogus = client().catalogus("LEI", "001005650").orElseThrow();

    assertThat(catalogus.url()).isEqualTo(base() + "/catalogussen/c1");
    assertThat(catalogus.contactpersoonBeheerNaam()).isEqualTo("Team Informatiebeheer");
    String token = api.findAll(getRequestedFor(urlPathEqualTo("/catalogi/api/v1/catalogussen"))).get(0)
        .getHeader("Authorization");
    assertThat(new ZgwTokenVerifier(Map.of(CLIENT_ID, SECRET), Clock.systemUTC()).verify(token)).contains(CLIENT_ID);
  }

  @Test
  void anUnknownCatalogueIsEmpty() {
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/catalogussen"))
        .willReturn(okJson("{\"count\": 0, \"next\": null, \"previous\": null, \"results\": []}")));

    assertThat(client().catalogus("XYZ", "001005650")).isEmpty();
  }

  @Test
  void choosesThePublishedZaaktypeVersionInForceToday() {
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/zaaktypen"))
        .withQueryParam("catalogus", equalTo(base() + "/catalogussen/c1"))
        .withQueryParam("identificatie", equalTo("CONTACTVERZOEK"))
        .withQueryParam("status", equalTo("definitief"))
        .willReturn(okJson("""
            {"count": 3, "next": "%s/zaaktypen?catalogus=%s&identificatie=CONTACTVERZOEK&page=2&status=definitief",
             "previous": null, "results": [%s, %s]}""".formatted(base(), base() + "/catalogussen/c1",
            zaaktype("oud", "2024-01-01", "2025-12-31", false), zaaktype("nu", "2026-01-01", null, false)))));
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/zaaktypen")).withQueryParam("page", equalTo("2"))
        .willReturn(okJson("""
            {"count": 3, "next": null, "previous": null, "results": [%s]}""".formatted(
            zaaktype("straks", "2026-06-01", null, false)))));

    ZaakType zaaktype = client().zaaktype(base() + "/catalogussen/c1", "CONTACTVERZOEK").orElseThrow();

    assertThat(zaaktype.url()).isEqualTo(base() + "/zaaktypen/nu");
    assertThat(zaaktype.doorlooptijd()).isEqualTo("P2D");
    assertThat(zaaktype.beginGeldigheid()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(zaaktype.statustypen()).hasSize(2);
  }

  @Test
  void aConceptZaaktypeIsNeverChosen() {
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/zaaktypen")).willReturn(okJson("""
        {"count": 1, "next": null, "previous": null, "results": [%s]}""".formatted(
        zaaktype("concept", "2025-01-01", null, true)))));

    assertThat(client().zaaktype(base() + "/catalogussen/c1", "CONTACTVERZOEK")).isEmpty();
  }

  @Test
  void statustypenComeInTheirOrder() {
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/statustypen"))
        .withQueryParam("zaaktype", equalTo(base() + "/zaaktypen/nu"))
        .willReturn(okJson("""
            {"count": 2, "next": null, "previous": null, "results": [
              {"url": "%1$s/statustypen/s2", "zaaktype": "%1$s/zaaktypen/nu", "omschrijving": "Afgehandeld",
               "volgnummer": 2, "isEindstatus": true, "statustekst": ""},
              {"url": "%1$s/statustypen/s1", "zaaktype": "%1$s/zaaktypen/nu", "omschrijving": "Ontvangen",
               "volgnummer": 1, "isEindstatus": false}]}""".formatted(base()))));

    List<StatusType> statustypen = client().statustypen(base() + "/zaaktypen/nu");

    assertThat(statustypen).extracting(StatusType::omschrijving).containsExactly("Ontvangen", "Afgehandeld");
    assertThat(statustypen).extracting(StatusType::isEindstatus).containsExactly(false, true);
  }

  @Test
  void readsResultaattypenInformatieobjecttypenAndBesluittypen() {
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/resultaattypen")).willReturn(okJson("""
        {"count": 1, "next": null, "previous": null, "results": [
          {"url": "%1$s/resultaattypen/r1", "zaaktype": "%1$s/zaaktypen/nu", "omschrijving": "Afgehandeld",
           "resultaattypeomschrijving": null, "selectielijstklasse": null, "archiefnominatie": "vernietigen",
           "archiefactietermijn": "P1Y"}]}""".formatted(base()))));
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/informatieobjecttypen")).willReturn(okJson("""
        {"count": 1, "next": null, "previous": null, "results": [
          {"url": "%1$s/informatieobjecttypen/i1", "catalogus": "%1$s/catalogussen/c1", "omschrijving": "Brief",
           "vertrouwelijkheidaanduiding": "zaakvertrouwelijk", "concept": false}]}""".formatted(base()))));
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/besluittypen")).willReturn(okJson("""
        {"count": 1, "next": null, "previous": null, "results": [
          {"url": "%1$s/besluittypen/b1", "catalogus": "%1$s/catalogussen/c1", "omschrijving": "Verkeersbesluit",
           "zaaktypen": ["%1$s/zaaktypen/vb"], "reactietermijn": "P6W", "publicatieIndicatie": true,
           "concept": false}]}""".formatted(base()))));
    CatalogiClient client = client();

    assertThat(client.resultaattypen(base() + "/zaaktypen/nu")).singleElement()
        .satisfies(r -> assertThat(r.archiefactietermijn()).isEqualTo("P1Y"));
    assertThat(client.informatieobjecttypen(base() + "/catalogussen/c1")).extracting(InformatieObjectType::omschrijving)
        .containsExactly("Brief");
    assertThat(client.besluittypen(base() + "/catalogussen/c1")).singleElement().satisfies(b -> {
      assertThat(b.reactietermijn()).isEqualTo("P6W");
      assertThat(b.publicatieIndicatie()).isTrue();
    });
  }

  @Test
  void aRefusedFilterShowsTheApisExplanation() {
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/zaaktypen")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json").withBody("""
            {"type": "x", "code": "invalid", "title": "Ongeldige invoer.", "status": 400, "detail": "",
             "instance": "urn:uuid:1", "invalidParams": [
               {"name": "catalogus", "code": "invalid", "reason": "Voer een geldige URL in."}]}""")));

    assertThatThrownBy(() -> client().zaaktype("geen-url", "CONTACTVERZOEK"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e ->
            assertThat(e.getMessage()).contains("Catalogi API").contains("catalogus: Voer een geldige URL in."));
  }

  @Test
  void serverErrorsTimeOutsAndMalformedAnswersAreRetryable() {
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/statustypen")).willReturn(aResponse().withStatus(500)));
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/resultaattypen"))
        .willReturn(okJson("{\"count\": 0, \"results\": []}").withFixedDelay(1500)));
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/besluittypen")).willReturn(okJson("{\"count\": 1, \"results\": [")));
    api.stubFor(get(urlPathEqualTo("/catalogi/api/v1/informatieobjecttypen")).willReturn(okJson("{\"count\": 1}")));
    CatalogiClient client = client();

    assertThatThrownBy(() -> client.statustypen(base() + "/zaaktypen/nu"))
        .isInstanceOfSatisfying(BackendUnavailableException.class, e -> assertThat(e.getMessage()).contains("500"));
    assertThatThrownBy(() -> client(Duration.ofMillis(300)).resultaattypen(base() + "/zaaktypen/nu"))
        .isInstanceOfSatisfying(BackendUnavailableException.class,
            e -> assertThat(e.getMessage()).contains("niet bereikbaar"));
    assertThatThrownBy(() -> client.besluittypen(base() + "/catalogussen/c1"))
        .isInstanceOfSatisfying(BackendUnavailableException.class,
            e -> assertThat(e.getMessage()).contains("niet kan lezen"));
    assertThatThrownBy(() -> client.informatieobjecttypen(base() + "/catalogussen/c1"))
        .isInstanceOfSatisfying(BackendUnavailableException.class,
            e -> assertThat(e.getMessage()).contains("niet kan lezen"));
  }
}
