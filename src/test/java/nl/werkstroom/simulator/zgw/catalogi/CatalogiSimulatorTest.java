package nl.werkstroom.simulator.zgw.catalogi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.catalogi.BesluitType;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.catalogi.Catalogus;
import nl.werkstroom.integration.zgw.catalogi.InformatieObjectType;
import nl.werkstroom.integration.zgw.catalogi.ResultaatType;
import nl.werkstroom.integration.zgw.catalogi.StatusType;
import nl.werkstroom.integration.zgw.catalogi.ZaakType;
import nl.werkstroom.simulator.zgw.ZgwRawApi;
import nl.werkstroom.simulator.zgw.ZgwRawApi.Answer;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

@ApplicationTest
class CatalogiSimulatorTest {

  private static final String API = "/simulator/zgw/catalogi/api/v1";
  private static final List<String> PROCESSEN = List.of("CONTACTVERZOEK", "SUBSIDIEAANVRAAG", "VERKEERSBESLUIT",
      "INDIENSTTREDING", "UITDIENSTTREDING", "AITOEPASSING");

  @LocalServerPort
  int port;

  @Autowired
  CatalogiClient catalogi;

  @Autowired
  ZgwProperties zgw;

  @Autowired
  CatalogiSeed seed;

  private Catalogus catalogus(String tenant) {
    ZgwProperties.Tenant settings = zgw.tenant(tenant);
    return catalogi.catalogus(settings.catalogusDomein(), settings.rsin()).orElseThrow();
  }

  private Answer get(String uri, String authorization) {
    return ZgwRawApi.on(port).send(HttpMethod.GET, uri, null, headers -> {
      if (authorization != null) {
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
      }
    });
  }

  private String token() {
    return ZgwRawApi.bearer(zgw.clientId(), zgw.secret());
  }

  @Test
  void everyMunicipalityHasItsOwnCatalogueWithAZaaktypePerProcess() {
    Catalogus leiden = catalogus("leiden");
    Catalogus oegstgeest = catalogus("oegstgeest");

    assertThat(leiden.domein()).isEqualTo("LEI");
    assertThat(leiden.rsin()).isEqualTo("001005650");
    assertThat(oegstgeest.domein()).isEqualTo("OEG");
    assertThat(oegstgeest.url()).isNotEqualTo(leiden.url());
    for (String identificatie : PROCESSEN) {
      ZaakType inLeiden = catalogi.zaaktype(leiden.url(), identificatie).orElseThrow();
      ZaakType inOegstgeest = catalogi.zaaktype(oegstgeest.url(), identificatie).orElseThrow();
      assertThat(inLeiden.identificatie()).isEqualTo(identificatie);
      assertThat(inLeiden.concept()).isFalse();
      assertThat(inLeiden.doorlooptijd()).startsWith("P");
      assertThat(inLeiden.url()).isNotEqualTo(inOegstgeest.url());
      assertThat(inLeiden.statustypen()).isNotEmpty();
      assertThat(inLeiden.resultaattypen()).isNotEmpty();
    }
  }

  @Test
  void contactverzoekIsReceivedThenHandledWithinTwoDays() {
    ZaakType contactverzoek = catalogi.zaaktype(catalogus("leiden").url(), "CONTACTVERZOEK").orElseThrow();

    assertThat(contactverzoek.doorlooptijd()).isEqualTo("P2D");
    List<StatusType> statustypen = catalogi.statustypen(contactverzoek.url());
    assertThat(statustypen).extracting(StatusType::omschrijving)
        .containsExactly("Ontvangen", "In behandeling", "Afgehandeld");
    assertThat(statustypen).extracting(StatusType::volgnummer).containsExactly(1, 2, 3);
    assertThat(statustypen).extracting(StatusType::isEindstatus).containsExactly(false, false, true);
    assertThat(statustypen).allSatisfy(type -> assertThat(type.zaaktype()).isEqualTo(contactverzoek.url()));
    assertThat(catalogi.resultaattypen(contactverzoek.url())).extracting(ResultaatType::omschrijving)
        .containsExactly("Afgehandeld");
  }

  @Test
  void subsidieaanvraagHasItsStepsAndResults() {
    ZaakType subsidie = catalogi.zaaktype(catalogus("oegstgeest").url(), "SUBSIDIEAANVRAAG").orElseThrow();

    assertThat(subsidie.doorlooptijd()).isEqualTo("P8W");
    assertThat(catalogi.statustypen(subsidie.url())).extracting(StatusType::omschrijving).containsExactly(
        "Ontvangen", "Aanvulling gevraagd", "In behandeling", "Besluit genomen", "Vastgesteld", "Afgehandeld");
    assertThat(catalogi.resultaattypen(subsidie.url())).extracting(ResultaatType::omschrijving)
        .containsExactlyInAnyOrder("Verleend", "Geweigerd", "Buiten behandeling gesteld", "Vastgesteld", "Ingetrokken");
    assertThat(catalogi.resultaattypen(subsidie.url())).allSatisfy(type -> {
      assertThat(type.archiefnominatie()).isIn("vernietigen", "blijvend_bewaren");
      assertThat(type.archiefactietermijn().toString()).startsWith("P");
    });
  }

  @Test
  void aCatalogueHasDocumentTypesAndDecisionTypes() {
    Catalogus leiden = catalogus("leiden");
    String verkeersbesluit = catalogi.zaaktype(leiden.url(), "VERKEERSBESLUIT").orElseThrow().url();

    assertThat(catalogi.informatieobjecttypen(leiden.url())).extracting(InformatieObjectType::omschrijving)
        .containsExactlyInAnyOrder("Brief", "Besluit", "Aanvraag", "Verslag");
    List<BesluitType> besluittypen = catalogi.besluittypen(leiden.url());
    assertThat(besluittypen).extracting(BesluitType::omschrijving)
        .containsExactlyInAnyOrder("Subsidiebeschikking", "Verkeersbesluit", "Besluit AI-toepassing");
    assertThat(besluittypen).filteredOn(type -> type.omschrijving().equals("Verkeersbesluit")).singleElement()
        .satisfies(type -> {
          assertThat(type.zaaktypen()).containsExactly(verkeersbesluit);
          assertThat(type.publicatieIndicatie()).isTrue();
          assertThat(type.reactietermijn()).isEqualTo("P6W");
        });
  }

  @Test
  void seedingAgainKeepsEveryUrl() throws Exception {
    Catalogus before = catalogus("leiden");
    ZaakType zaaktypeBefore = catalogi.zaaktype(before.url(), "SUBSIDIEAANVRAAG").orElseThrow();
    int typesBefore = catalogi.informatieobjecttypen(before.url()).size();

    seed.run(null);

    Catalogus after = catalogus("leiden");
    assertThat(after.url()).isEqualTo(before.url());
    assertThat(catalogi.zaaktype(after.url(), "SUBSIDIEAANVRAAG").orElseThrow()).isEqualTo(zaaktypeBefore);
    assertThat(catalogi.informatieobjecttypen(after.url())).hasSize(typesBefore);
  }

  @Test
  void aConceptZaaktypeIsListedOnlyWhenAskedFor() {
    Catalogus leiden = catalogus("leiden");
    assertThat(catalogi.zaaktype(leiden.url(), "BEZWAAR")).isEmpty();

    Answer concept = get(API + "/zaaktypen?status=concept&identificatie=BEZWAAR&catalogus=" + leiden.url(), token());
    assertThat(concept.status()).isEqualTo(200);
    assertThat(concept.json().path("count").asInt()).isEqualTo(1);
    assertThat(concept.json().path("results").get(0).path("concept").asBoolean()).isTrue();

    String url = concept.json().path("results").get(0).path("url").asText();
    Answer one = get(url.substring(url.indexOf(API)), token());
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().path("identificatie").asText()).isEqualTo("BEZWAAR");
  }

  @Test
  void listsArePagesAsTheStandardWritesThem() {
    Answer answer = get(API + "/statustypen", token());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers().getContentType().toString()).startsWith("application/json");
    assertThat(answer.json().has("count")).isTrue();
    assertThat(answer.json().has("next")).isTrue();
    assertThat(answer.json().has("previous")).isTrue();
    assertThat(answer.json().path("results").size()).isEqualTo(Math.min(100, answer.json().path("count").asInt()));
  }

  @Test
  void withoutATokenTheAnswerIs403NotAuthenticated() {
    Answer answer = get(API + "/catalogussen", null);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.headers().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(answer.json().path("code").asText()).isEqualTo("not_authenticated");
    assertThat(answer.json().path("status").asInt()).isEqualTo(403);
    assertThat(answer.json().path("instance").asText()).startsWith("urn:uuid:");
    assertThat(answer.json().has("title")).isTrue();
    assertThat(answer.json().has("type")).isTrue();
  }

  @Test
  void aTokenSignedWithTheWrongSecretIs403PermissionDenied() {
    Answer answer = get(API + "/catalogussen", ZgwRawApi.bearer(zgw.clientId(), "een-ander-geheim-van-minstens-32-tekens"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().path("code").asText()).isEqualTo("permission_denied");
  }

  @Test
  void anUnknownResourceIs404AndAnUnknownFilterIs400() {
    Answer unknown = get(API + "/zaaktypen/6a3c2f0e-1111-4222-8333-444455556666", token());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("code").asText()).isEqualTo("not_found");

    Answer filter = get(API + "/zaaktypen?onbekend=1", token());
    assertThat(filter.status()).isEqualTo(400);
    assertThat(filter.invalidParamCode("nonFieldErrors")).isEqualTo("unknown-parameters");

    Answer badUrl = get(API + "/zaaktypen?catalogus=geen-url", token());
    assertThat(badUrl.status()).isEqualTo(400);
    assertThat(badUrl.invalidParamCode("catalogus")).isEqualTo("invalid");
  }
}
