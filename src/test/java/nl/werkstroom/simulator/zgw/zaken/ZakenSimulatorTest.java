package nl.werkstroom.simulator.zgw.zaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.catalogi.Catalogus;
import nl.werkstroom.integration.zgw.catalogi.ResultaatType;
import nl.werkstroom.integration.zgw.catalogi.StatusType;
import nl.werkstroom.integration.zgw.catalogi.ZaakType;
import nl.werkstroom.integration.zgw.zaken.Kenmerk;
import nl.werkstroom.integration.zgw.zaken.NieuwResultaat;
import nl.werkstroom.integration.zgw.zaken.NieuweStatus;
import nl.werkstroom.integration.zgw.zaken.NieuweZaak;
import nl.werkstroom.integration.zgw.zaken.Resultaat;
import nl.werkstroom.integration.zgw.zaken.Status;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZaakInformatieObject;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import nl.werkstroom.simulator.zgw.ZgwRawApi;
import nl.werkstroom.simulator.zgw.ZgwRawApi.Answer;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

@ApplicationTest
class ZakenSimulatorTest {

  private static final String API = "/simulator/zgw/zaken/api/v1";
  private static final String LEIDEN = "001005650";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @LocalServerPort
  int port;

  @Autowired
  ZakenClient zaken;

  @Autowired
  CatalogiClient catalogi;

  @Autowired
  ZgwProperties zgw;

  @Autowired
  BackendHttp http;

  private ZaakType zaaktype(String identificatie) {
    Catalogus leiden = catalogi.catalogus("LEI", LEIDEN).orElseThrow();
    return catalogi.zaaktype(leiden.url(), identificatie).orElseThrow();
  }

  private Zaak nieuweZaak(ZaakType zaaktype, LocalDate startdatum, Kenmerk kenmerk) {
    return zaken.create(new NieuweZaak(LEIDEN, LEIDEN, zaaktype.url(), null, startdatum, startdatum.plusDays(2),
        "Contactverzoek over de afvalinzameling", null, List.of(kenmerk)));
  }

  private static Kenmerk uniek() {
    return new Kenmerk(UUID.randomUUID().toString(), "Werkstroom");
  }

  private StatusType status(ZaakType zaaktype, String omschrijving) {
    return catalogi.statustypen(zaaktype.url()).stream().filter(type -> type.omschrijving().equals(omschrijving))
        .findFirst().orElseThrow();
  }

  private ResultaatType resultaat(ZaakType zaaktype, String omschrijving) {
    return catalogi.resultaattypen(zaaktype.url()).stream().filter(type -> type.omschrijving().equals(omschrijving))
        .findFirst().orElseThrow();
  }

  private Answer raw(HttpMethod method, String uri, String body, boolean crs) {
    return ZgwRawApi.on(port).send(method, uri, body, headers -> {
      headers.set(HttpHeaders.AUTHORIZATION, ZgwRawApi.bearer(zgw.clientId(), zgw.secret()));
      if (crs) {
        headers.set("Accept-Crs", "EPSG:4326");
        headers.set("Content-Crs", "EPSG:4326");
      }
    });
  }

  private static String path(String url) {
    return url.substring(url.indexOf(API));
  }

  @Test
  void aNewZaakGetsAnIdentificatieAndCanBeReadBack() {
    ZaakType contactverzoek = zaaktype("CONTACTVERZOEK");
    Kenmerk kenmerk = uniek();
    LocalDate vandaag = LocalDate.now(ZONE);

    Zaak zaak = nieuweZaak(contactverzoek, vandaag, kenmerk);

    assertThat(zaak.identificatie()).matches("ZAAK-" + vandaag.getYear() + "-\\d{10}");
    assertThat(zaak.url()).contains(API + "/zaken/" + zaak.uuid());
    assertThat(zaak.registratiedatum()).isEqualTo(vandaag);
    assertThat(zaak.vertrouwelijkheidaanduiding()).isEqualTo("zaakvertrouwelijk");
    assertThat(zaak.status()).isNull();
    assertThat(zaak.einddatum()).isNull();

    Zaak gelezen = zaken.get(zaak.url());
    assertThat(gelezen.identificatie()).isEqualTo(zaak.identificatie());
    assertThat(gelezen.zaaktype()).isEqualTo(contactverzoek.url());
    assertThat(gelezen.bronorganisatie()).isEqualTo(LEIDEN);
    assertThat(gelezen.uiterlijkeEinddatumAfdoening()).isEqualTo(vandaag.plusDays(2));
    assertThat(gelezen.kenmerken()).containsExactly(kenmerk);
    assertThat(zaken.findByKenmerk(LEIDEN, contactverzoek.url(), vandaag, kenmerk)).extracting(Zaak::url)
        .containsExactly(zaak.url());
  }

  @Test
  void identificatiesFollowEachOtherAndAreUniquePerBronorganisatie() {
    ZaakType contactverzoek = zaaktype("CONTACTVERZOEK");
    Zaak eerste = nieuweZaak(contactverzoek, LocalDate.now(ZONE), uniek());
    Zaak tweede = nieuweZaak(contactverzoek, LocalDate.now(ZONE), uniek());

    long nummer1 = Long.parseLong(eerste.identificatie().substring(10));
    long nummer2 = Long.parseLong(tweede.identificatie().substring(10));
    assertThat(nummer2).isGreaterThan(nummer1);

    String body = """
        {"identificatie": "%s", "bronorganisatie": "%s", "verantwoordelijkeOrganisatie": "%s",
         "zaaktype": "%s", "startdatum": "2026-01-05"}""".formatted(eerste.identificatie(), LEIDEN, LEIDEN,
        contactverzoek.url());
    Answer dubbel = raw(HttpMethod.POST, API + "/zaken", body, true);
    assertThat(dubbel.status()).isEqualTo(400);
    assertThat(dubbel.invalidParamCode("identificatie")).isEqualTo("identificatie-niet-uniek");
  }

  @Test
  void statussenAreKeptInTheOrderTheyWereSet() {
    ZaakType subsidie = zaaktype("SUBSIDIEAANVRAAG");
    Zaak zaak = nieuweZaak(subsidie, LocalDate.now(ZONE), uniek());
    OffsetDateTime start = OffsetDateTime.now(ZONE).minusHours(3);

    Status ontvangen = zaken.createStatus(new NieuweStatus(zaak.url(), status(subsidie, "Ontvangen").url(), start,
        "Aanvraag ontvangen"));
    zaken.createStatus(new NieuweStatus(zaak.url(), status(subsidie, "Aanvulling gevraagd").url(), start.plusHours(1),
        null));
    Status inBehandeling = zaken.createStatus(new NieuweStatus(zaak.url(), status(subsidie, "In behandeling").url(),
        start.plusHours(2), null));

    assertThat(ontvangen.zaak()).isEqualTo(zaak.url());
    assertThat(ontvangen.statustoelichting()).isEqualTo("Aanvraag ontvangen");
    assertThat(zaken.statussen(zaak.url())).extracting(Status::statustype).containsExactly(
        status(subsidie, "Ontvangen").url(), status(subsidie, "Aanvulling gevraagd").url(),
        status(subsidie, "In behandeling").url());
    assertThat(zaken.get(zaak.url()).status()).isEqualTo(inBehandeling.url());
    Answer laatste = raw(HttpMethod.GET, path(inBehandeling.url()), null, false);
    assertThat(laatste.json().path("indicatieLaatstGezetteStatus").asBoolean()).isTrue();
  }

  @Test
  void theFinalStatusNeedsAResultaat() {
    ZaakType contactverzoek = zaaktype("CONTACTVERZOEK");
    Zaak zaak = nieuweZaak(contactverzoek, LocalDate.now(ZONE), uniek());
    zaken.createStatus(new NieuweStatus(zaak.url(), status(contactverzoek, "Ontvangen").url(),
        OffsetDateTime.now(ZONE).minusMinutes(5), null));

    assertThatThrownBy(() -> zaken.createStatus(new NieuweStatus(zaak.url(),
        status(contactverzoek, "Afgehandeld").url(), OffsetDateTime.now(ZONE), null)))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("nonFieldErrors").contains("geen resultaat");
        });
    assertThat(zaken.get(zaak.url()).einddatum()).isNull();
    assertThat(zaken.statussen(zaak.url())).hasSize(1);
  }

  @Test
  void withAResultaatTheFinalStatusClosesTheZaak() {
    ZaakType contactverzoek = zaaktype("CONTACTVERZOEK");
    Zaak zaak = nieuweZaak(contactverzoek, LocalDate.now(ZONE), uniek());
    zaken.createStatus(new NieuweStatus(zaak.url(), status(contactverzoek, "Ontvangen").url(),
        OffsetDateTime.now(ZONE).minusMinutes(5), null));
    OffsetDateTime afgehandeld = OffsetDateTime.now(ZoneOffset.UTC);

    Resultaat resultaat = zaken.createResultaat(new NieuwResultaat(zaak.url(),
        resultaat(contactverzoek, "Afgehandeld").url(), "Teruggebeld"));
    Status eind = zaken.createStatus(new NieuweStatus(zaak.url(), status(contactverzoek, "Afgehandeld").url(),
        afgehandeld, null));

    Zaak gesloten = zaken.get(zaak.url());
    assertThat(gesloten.einddatum()).isEqualTo(afgehandeld.atZoneSameInstant(ZONE).toLocalDate());
    assertThat(gesloten.resultaat()).isEqualTo(resultaat.url());
    assertThat(gesloten.status()).isEqualTo(eind.url());
    assertThat(gesloten.archiefnominatie()).isEqualTo("vernietigen");
    assertThat(gesloten.archiefactiedatum()).isEqualTo(gesloten.einddatum().plusYears(1));
    assertThat(zaken.resultaten(zaak.url())).extracting(Resultaat::resultaattype)
        .containsExactly(resultaat(contactverzoek, "Afgehandeld").url());

    assertThatThrownBy(() -> zaken.createStatus(new NieuweStatus(zaak.url(), status(contactverzoek, "Ontvangen").url(),
        OffsetDateTime.now(ZONE), null)))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.getMessage()).contains("heropenen");
        });
    Answer wijzigen = raw(HttpMethod.PATCH, path(zaak.url()), "{\"omschrijving\": \"Later gewijzigd\"}", true);
    assertThat(wijzigen.status()).isEqualTo(403);
    assertThat(wijzigen.json().path("code").asText()).isEqualTo("permission_denied");
  }

  @Test
  void aZaakHasAtMostOneResultaatOfItsOwnZaaktype() {
    ZaakType subsidie = zaaktype("SUBSIDIEAANVRAAG");
    Zaak zaak = nieuweZaak(subsidie, LocalDate.now(ZONE), uniek());

    assertThatThrownBy(() -> zaken.createResultaat(new NieuwResultaat(zaak.url(),
        resultaat(zaaktype("CONTACTVERZOEK"), "Afgehandeld").url(), null)))
        .isInstanceOfSatisfying(BackendRejectedException.class,
            e -> assertThat(e.getMessage()).contains("hoort niet bij het zaaktype van de zaak"));

    zaken.createResultaat(new NieuwResultaat(zaak.url(), resultaat(subsidie, "Verleend").url(), null));
    assertThatThrownBy(() -> zaken.createResultaat(new NieuwResultaat(zaak.url(),
        resultaat(subsidie, "Geweigerd").url(), null)))
        .isInstanceOfSatisfying(BackendRejectedException.class,
            e -> assertThat(e.getMessage()).contains("zaak: Er bestaat al een resultaat"));
  }

  @Test
  void aStatustypeOfAnotherZaaktypeIsRefused() {
    Zaak zaak = nieuweZaak(zaaktype("SUBSIDIEAANVRAAG"), LocalDate.now(ZONE), uniek());

    assertThatThrownBy(() -> zaken.createStatus(new NieuweStatus(zaak.url(),
        status(zaaktype("CONTACTVERZOEK"), "Ontvangen").url(), OffsetDateTime.now(ZONE), null)))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("hoort niet bij het zaaktype van de zaak");
        });
  }

  @Test
  void aZaaktypeMustExistAndBePublished() {
    String onbekend = zaaktype("CONTACTVERZOEK").url().replaceAll("[0-9a-f-]{36}$", UUID.randomUUID().toString());
    assertThatThrownBy(() -> zaken.create(new NieuweZaak(LEIDEN, LEIDEN, onbekend, null, LocalDate.now(ZONE), null,
        null, null, List.of())))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("zaaktype:").contains("HTTP 404");
        });

    Answer badUrl = raw(HttpMethod.POST, API + "/zaken", """
        {"bronorganisatie": "%s", "verantwoordelijkeOrganisatie": "%s", "zaaktype": "%s", "startdatum": "2026-01-05"}"""
        .formatted(LEIDEN, LEIDEN, onbekend), true);
    assertThat(badUrl.status()).isEqualTo(400);
    assertThat(badUrl.headers().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(badUrl.json().path("code").asText()).isEqualTo("invalid");
    assertThat(badUrl.invalidParamCode("zaaktype")).isEqualTo("bad-url");

    Answer zaaktypen = raw(HttpMethod.GET, "/simulator/zgw/catalogi/api/v1/zaaktypen?status=concept&identificatie=BEZWAAR",
        null, false);
    String concept = zaaktypen.json().path("results").get(0).path("url").asText();
    Answer notPublished = raw(HttpMethod.POST, API + "/zaken", """
        {"bronorganisatie": "%s", "verantwoordelijkeOrganisatie": "%s", "zaaktype": "%s", "startdatum": "2026-01-05"}"""
        .formatted(LEIDEN, LEIDEN, concept), true);
    assertThat(notPublished.status()).isEqualTo(400);
    assertThat(notPublished.invalidParamCode("zaaktype")).isEqualTo("not-published");
  }

  @Test
  void requiredFieldsAndRsinsAreChecked() {
    Answer answer = raw(HttpMethod.POST, API + "/zaken", """
        {"bronorganisatie": "123456789", "verantwoordelijkeOrganisatie": "12345", "zaaktype": "geen url",
         "kenmerken": [{"kenmerk": "1"}]}""", true);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.invalidParamCode("bronorganisatie")).isEqualTo("invalid");
    assertThat(answer.invalidParamCode("verantwoordelijkeOrganisatie")).isEqualTo("invalid-length");
    assertThat(answer.invalidParamCode("zaaktype")).isEqualTo("invalid");
    assertThat(answer.invalidParamCode("startdatum")).isEqualTo("required");
    assertThat(answer.invalidParamCode("kenmerken.0.bron")).isEqualTo("required");
    assertThat(answer.body()).doesNotContain("123456789");
  }

  @Test
  void requestsOnZakenMustNameTheCoordinateSystem() {
    Zaak zaak = nieuweZaak(zaaktype("CONTACTVERZOEK"), LocalDate.now(ZONE), uniek());

    Answer zonder = raw(HttpMethod.GET, path(zaak.url()), null, false);
    assertThat(zonder.status()).isEqualTo(412);
    assertThat(zonder.json().path("detail").asText()).contains("Accept-Crs");

    Answer ander = ZgwRawApi.on(port).send(HttpMethod.GET, path(zaak.url()), null, headers -> {
      headers.set(HttpHeaders.AUTHORIZATION, ZgwRawApi.bearer(zgw.clientId(), zgw.secret()));
      headers.set("Accept-Crs", "EPSG:28992");
    });
    assertThat(ander.status()).isEqualTo(406);

    Answer met = raw(HttpMethod.GET, path(zaak.url()), null, true);
    assertThat(met.status()).isEqualTo(200);
    assertThat(met.headers().getFirst("Content-Crs")).isEqualTo("EPSG:4326");
    assertThat(met.json().has("zaakgeometrie")).isTrue();
  }

  @Test
  void aZaakCanBeChangedPartly() {
    Zaak zaak = nieuweZaak(zaaktype("CONTACTVERZOEK"), LocalDate.now(ZONE), uniek());

    Answer answer = raw(HttpMethod.PATCH, path(zaak.url()), """
        {"einddatumGepland": "2030-01-31", "toelichting": "Inwoner belt liever na vijf uur.", "einddatum": "2030-01-01"}""",
        true);

    assertThat(answer.status()).isEqualTo(200);
    Zaak gewijzigd = zaken.get(zaak.url());
    assertThat(gewijzigd.einddatumGepland()).isEqualTo(LocalDate.of(2030, 1, 31));
    assertThat(gewijzigd.toelichting()).isEqualTo("Inwoner belt liever na vijf uur.");
    assertThat(gewijzigd.omschrijving()).isEqualTo(zaak.omschrijving());
    assertThat(gewijzigd.identificatie()).isEqualTo(zaak.identificatie());
    // einddatum is read-only in the standard: only the final status sets it.
    assertThat(gewijzigd.einddatum()).isNull();
  }

  @Test
  void documentsAreLinkedOnce() {
    Zaak zaak = nieuweZaak(zaaktype("SUBSIDIEAANVRAAG"), LocalDate.now(ZONE), uniek());
    String document = "http://localhost:" + port
        + "/simulator/zgw/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID.randomUUID();

    ZaakInformatieObject link = zaken.koppelInformatieobject(zaak.url(), document, "Aanvraag subsidie");
    ZaakInformatieObject again = zaken.koppelInformatieobject(zaak.url(), document, "Aanvraag subsidie");

    assertThat(again.url()).isEqualTo(link.url());
    assertThat(zaken.informatieobjecten(zaak.url())).singleElement().satisfies(found -> {
      assertThat(found.informatieobject()).isEqualTo(document);
      assertThat(found.titel()).isEqualTo("Aanvraag subsidie");
      assertThat(found.zaak()).isEqualTo(zaak.url());
    });
    Answer dubbel = raw(HttpMethod.POST, API + "/zaakinformatieobjecten", """
        {"zaak": "%s", "informatieobject": "%s"}""".formatted(zaak.url(), document), false);
    assertThat(dubbel.status()).isEqualTo(400);
    assertThat(dubbel.invalidParamCode("nonFieldErrors")).isEqualTo("unique");
  }

  @Test
  void theWrongSecretIsRefusedWith403() {
    ZgwProperties wrong = new ZgwProperties(zgw.zakenUrl(), zgw.documentenUrl(), zgw.besluitenUrl(), zgw.catalogiUrl(),
        zgw.clientId(), "een-verkeerd-geheim-van-minstens-32-tekens", zgw.connectTimeout(), zgw.readTimeout(),
        zgw.tenants());
    ZakenClient client = new ZakenClient(wrong, http);

    assertThatThrownBy(() -> client.create(new NieuweZaak(LEIDEN, LEIDEN, zaaktype("CONTACTVERZOEK").url(), null,
        LocalDate.now(ZONE), null, null, null, List.of())))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.getMessage()).contains("geen toestemming");
        });

    Answer withoutToken = ZgwRawApi.on(port).send(HttpMethod.GET, API + "/zaken", null, headers -> { });
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withoutToken.json().path("code").asText()).isEqualTo("not_authenticated");
  }

  @Test
  void longListsComeInPagesOfAHundred() {
    ZaakType contactverzoek = zaaktype("CONTACTVERZOEK");
    LocalDate startdatum = LocalDate.of(1990, 1, 1).plusDays((long) (Math.random() * 3000));
    Kenmerk laatste = null;
    for (int i = 0; i < 101; i++) {
      laatste = uniek();
      nieuweZaak(contactverzoek, startdatum, laatste);
    }

    Answer eerste = raw(HttpMethod.GET, API + "/zaken?startdatum=" + startdatum, null, true);
    assertThat(eerste.json().path("count").asInt()).isEqualTo(101);
    assertThat(eerste.json().path("results").size()).isEqualTo(100);
    assertThat(eerste.json().path("previous").isNull()).isTrue();
    String next = eerste.json().path("next").asText();
    assertThat(next).contains("page=2").contains("startdatum=" + startdatum);
    Answer tweede = raw(HttpMethod.GET, path(next), null, true);
    assertThat(tweede.json().path("results").size()).isEqualTo(1);
    assertThat(tweede.json().path("next").isNull()).isTrue();

    assertThat(zaken.findByKenmerk(LEIDEN, contactverzoek.url(), startdatum, laatste)).hasSize(1);
  }

  @Test
  void unknownResourcesAndFiltersAreRefused() {
    assertThatThrownBy(() -> zaken.get("http://localhost:" + port + API + "/zaken/" + UUID.randomUUID()))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.isNotFound()).isTrue());

    Answer filter = raw(HttpMethod.GET, API + "/zaken?kenmerk=1", null, true);
    assertThat(filter.status()).isEqualTo(400);
    assertThat(filter.invalidParamCode("nonFieldErrors")).isEqualTo("unknown-parameters");
  }
}
