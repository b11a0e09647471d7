package nl.werkstroom.simulator.zgw.besluiten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.LocalServer;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.besluiten.Besluit;
import nl.werkstroom.integration.zgw.besluiten.BesluitInformatieObject;
import nl.werkstroom.integration.zgw.besluiten.BesluitenClient;
import nl.werkstroom.integration.zgw.besluiten.NieuwBesluit;
import nl.werkstroom.integration.zgw.catalogi.BesluitType;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.catalogi.InformatieObjectType;
import nl.werkstroom.integration.zgw.documenten.DocumentenClient;
import nl.werkstroom.integration.zgw.documenten.EnkelvoudigInformatieObject;
import nl.werkstroom.integration.zgw.documenten.NieuwInformatieObject;
import nl.werkstroom.simulator.zgw.ZgwRawApi;
import nl.werkstroom.simulator.zgw.ZgwRawApi.Answer;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** The Besluiten simulator through Werkstroom's own client, and raw requests for what the client never sends. */
@ApplicationTest
class BesluitenSimulatorTest {

  private static final String API = "/simulator/zgw/besluiten/api/v1";

  @LocalServerPort
  int port;

  @Autowired
  BesluitenClient besluiten;

  @Autowired
  DocumentenClient documenten;

  @Autowired
  CatalogiClient catalogi;

  @Autowired
  ZgwProperties zgw;

  @Autowired
  LocalServer localServer;

  @Autowired
  BesluitenData data;

  private String rsin() {
    return zgw.tenant("leiden").rsin();
  }

  private String catalogus() {
    ZgwProperties.Tenant settings = zgw.tenant("leiden");
    return catalogi.catalogus(settings.catalogusDomein(), settings.rsin()).orElseThrow().url();
  }

  private String besluittype(String omschrijving) {
    return catalogi.besluittypen(catalogus()).stream()
        .filter(type -> type.omschrijving().equals(omschrijving))
        .map(BesluitType::url)
        .findFirst()
        .orElseThrow();
  }

  private NieuwBesluit subsidiebeschikking(String identificatie) {
    return new NieuwBesluit(rsin(), besluittype("Subsidiebeschikking"), null, LocalDate.now(),
        "Subsidie verleend voor het buurtfeest", "College van B en W", LocalDate.now().plusDays(1), null, null, null,
        null, identificatie);
  }

  private EnkelvoudigInformatieObject brief() {
    String type = catalogi.informatieobjecttypen(catalogus()).stream()
        .filter(t -> t.omschrijving().equals("Besluit")).map(InformatieObjectType::url).findFirst().orElseThrow();
    return documenten.create(new NieuwInformatieObject(rsin(), LocalDate.now(), "Beschikking", "Gemeente Leiden", "dut",
        "text/plain", null, NieuwInformatieObject.base64("Beschikking"), null, type, null, "definitief"));
  }

  private static String uniek() {
    return "TEST-" + UUID.randomUUID();
  }

  private Answer send(HttpMethod method, String uri, String body, String authorization) {
    return ZgwRawApi.on(port).send(method, uri, body, headers -> {
      if (authorization != null) {
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
      }
    });
  }

  private String token() {
    return ZgwRawApi.bearer(zgw.clientId(), zgw.secret());
  }

  @Test
  void aBesluitIsRegisteredAndReadable() {
    Besluit besluit = besluiten.create(subsidiebeschikking(null));

    assertThat(besluit.url()).startsWith(localServer.baseUrl() + API + "/besluiten/");
    assertThat(besluit.identificatie()).matches("BESLUIT-" + LocalDate.now().getYear() + "-\\d{10}");
    assertThat(besluit.verantwoordelijkeOrganisatie()).isEqualTo(rsin());
    assertThat(besluit.besluittype()).isEqualTo(besluittype("Subsidiebeschikking"));
    assertThat(besluit.ingangsdatum()).isEqualTo(LocalDate.now().plusDays(1));
    assertThat(besluiten.get(besluit.url())).isEqualTo(besluit);
    assertThat(besluiten.findByIdentificatie(rsin(), besluit.identificatie())).containsExactly(besluit);
    assertThat(besluiten.findByIdentificatie(zgw.tenant("oegstgeest").rsin(), besluit.identificatie())).isEmpty();
  }

  @Test
  void generatedIdentificatiesFollowEachOther() {
    Besluit eerste = besluiten.create(subsidiebeschikking(null));
    Besluit tweede = besluiten.create(subsidiebeschikking(null));

    long eerstVolgnummer = Long.parseLong(eerste.identificatie().substring(eerste.identificatie().lastIndexOf('-') + 1));
    long tweedeVolgnummer = Long.parseLong(tweede.identificatie().substring(tweede.identificatie().lastIndexOf('-') + 1));
    assertThat(tweedeVolgnummer).isEqualTo(eerstVolgnummer + 1);
  }

  @Test
  void besluitenAreKeptInTheDatabase() {
    Besluit besluit = besluiten.create(subsidiebeschikking(uniek()));
    String uuid = besluit.url().substring(besluit.url().lastIndexOf('/') + 1);

    assertThat(data.besluit(uuid)).hasValueSatisfying(stored -> {
      assertThat(stored.identificatie()).isEqualTo(besluit.identificatie());
      assertThat(stored.toelichting()).isEqualTo("Subsidie verleend voor het buurtfeest");
    });
  }

  @Test
  void anIdentificatieIsUniquePerOrganisation() {
    String identificatie = uniek();
    besluiten.create(subsidiebeschikking(identificatie));

    assertThatThrownBy(() -> besluiten.create(subsidiebeschikking(identificatie)))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("Besluiten API").contains("identificatie").contains("bestaat al");
        });
    assertThat(besluiten.findByIdentificatie(rsin(), identificatie)).hasSize(1);
  }

  @Test
  void anUnknownBesluittypeIsRefused() {
    NieuwBesluit besluit = new NieuwBesluit(rsin(),
        localServer.baseUrl() + "/simulator/zgw/catalogi/api/v1/besluittypen/" + UUID.randomUUID(), null,
        LocalDate.now(), null, null, LocalDate.now(), null, null, null, null, uniek());

    assertThatThrownBy(() -> besluiten.create(besluit))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("besluittype");
        });
  }

  @Test
  void aBeslisdatumInTheFutureIsRefused() {
    Answer answer = send(HttpMethod.POST, API + "/besluiten", """
        {"verantwoordelijkeOrganisatie": "%s", "besluittype": "%s", "datum": "%s", "ingangsdatum": "%s"}"""
        .formatted(rsin(), besluittype("Verkeersbesluit"), LocalDate.now().plusDays(2), LocalDate.now()), token());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
    assertThat(answer.invalidParamCode("datum")).isEqualTo("future-not-allowed");
  }

  @Test
  void everyRequiredFieldIsNamed() {
    Answer answer = send(HttpMethod.POST, API + "/besluiten", "{\"zaak\": \"geen url\"}", token());

    assertThat(answer.status()).isEqualTo(400);
    for (String veld : new String[] {"verantwoordelijkeOrganisatie", "besluittype", "datum", "ingangsdatum"}) {
      assertThat(answer.invalidParamCode(veld)).as(veld).isEqualTo("required");
    }
    assertThat(answer.invalidParamCode("zaak")).isEqualTo("invalid");
  }

  @Test
  void aBesluitIsLaidDownInADocumentOnce() {
    Besluit besluit = besluiten.create(subsidiebeschikking(uniek()));
    EnkelvoudigInformatieObject brief = brief();

    BesluitInformatieObject link = besluiten.koppelInformatieobject(besluit.url(), brief.url());
    BesluitInformatieObject again = besluiten.koppelInformatieobject(besluit.url(), brief.url());

    assertThat(link.besluit()).isEqualTo(besluit.url());
    assertThat(link.informatieobject()).isEqualTo(brief.url());
    assertThat(again).isEqualTo(link);
    assertThat(besluiten.informatieobjecten(besluit.url())).containsExactly(link);

    Answer duplicate = send(HttpMethod.POST, API + "/besluitinformatieobjecten", """
        {"besluit": "%s", "informatieobject": "%s"}""".formatted(besluit.url(), brief.url()), token());
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.invalidParamCode("nonFieldErrors")).isEqualTo("unique");
  }

  @Test
  void onlyAnExistingDocumentAndBesluitCanBeLinked() {
    Besluit besluit = besluiten.create(subsidiebeschikking(uniek()));
    String geenDocument = localServer.baseUrl() + "/simulator/zgw/documenten/api/v1/enkelvoudiginformatieobjecten/"
        + UUID.randomUUID();

    assertThatThrownBy(() -> besluiten.koppelInformatieobject(besluit.url(), geenDocument))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("informatieobject");
        });

    Answer answer = send(HttpMethod.POST, API + "/besluitinformatieobjecten", """
        {"besluit": "%s", "informatieobject": "%s"}"""
        .formatted(localServer.baseUrl() + API + "/besluiten/" + UUID.randomUUID(), brief().url()), token());
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.invalidParamCode("besluit")).isEqualTo("does_not_exist");
  }

  @Test
  void aClientWithTheWrongSecretIsForbidden() {
    ZgwProperties wrong = new ZgwProperties(zgw.zakenUrl(), zgw.documentenUrl(), zgw.besluitenUrl(), zgw.catalogiUrl(),
        zgw.clientId(), "een-ander-geheim-van-minstens-tweeendertig-tekens", Duration.ofSeconds(5),
        Duration.ofSeconds(30), zgw.tenants());
    BesluitenClient metVerkeerdGeheim = new BesluitenClient(new BackendHttp(localServer), wrong);

    assertThatThrownBy(() -> metVerkeerdGeheim.create(subsidiebeschikking(uniek())))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void withoutATokenEveryOperationIsForbidden() {
    for (Answer answer : new Answer[] {send(HttpMethod.GET, API + "/besluiten", null, null),
        send(HttpMethod.POST, API + "/besluiten", "{}", null),
        send(HttpMethod.GET, API + "/besluitinformatieobjecten", null, null),
        send(HttpMethod.POST, API + "/besluitinformatieobjecten", "{}", null)}) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
      assertThat(answer.json().path("code").asText()).isEqualTo("not_authenticated");
    }
  }

  @Test
  void anUnknownBesluitIsNotFound() {
    assertThatThrownBy(() -> besluiten.get(localServer.baseUrl() + API + "/besluiten/" + UUID.randomUUID()))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.isNotFound()).isTrue());
  }
}
