package nl.werkstroom.simulator.zgw.documenten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.LocalServer;
import nl.werkstroom.integration.zgw.ZgwProperties;
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

/** The Documenten simulator through Werkstroom's own client, and raw requests for what the client never sends. */
@ApplicationTest
class DocumentenSimulatorTest {

  private static final String API = "/simulator/zgw/documenten/api/v1";

  @LocalServerPort
  int port;

  @Autowired
  DocumentenClient documenten;

  @Autowired
  CatalogiClient catalogi;

  @Autowired
  ZgwProperties zgw;

  @Autowired
  LocalServer localServer;

  @Autowired
  DocumentenData data;

  private String rsin(String tenant) {
    return zgw.tenant(tenant).rsin();
  }

  private InformatieObjectType type(String tenant, String omschrijving) {
    ZgwProperties.Tenant settings = zgw.tenant(tenant);
    String catalogus = catalogi.catalogus(settings.catalogusDomein(), settings.rsin()).orElseThrow().url();
    return catalogi.informatieobjecttypen(catalogus).stream()
        .filter(type -> type.omschrijving().equals(omschrijving))
        .findFirst()
        .orElseThrow();
  }

  private NieuwInformatieObject brief(String identificatie, byte[] inhoud) {
    return new NieuwInformatieObject(rsin("leiden"), LocalDate.now(), "Ontvangstbevestiging", "Gemeente Leiden",
        "dut", "text/plain", "ontvangstbevestiging.txt", NieuwInformatieObject.base64(inhoud), null,
        type("leiden", "Brief").url(), identificatie, "definitief");
  }

  private static String uniek() {
    return "TEST-" + UUID.randomUUID().toString().substring(0, 18);
  }

  private Answer post(String body, String authorization) {
    return ZgwRawApi.on(port).send(HttpMethod.POST, API + "/enkelvoudiginformatieobjecten", body, headers -> {
      if (authorization != null) {
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
      }
    });
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
  void aStoredDocumentDownloadsAsTheSameBytes() {
    byte[] inhoud = "Geachte heer Jansen,\n\nUw aanvraag is ontvangen op 2 maart. Kosten: € 0,00.\n"
        .getBytes(StandardCharsets.UTF_8);

    EnkelvoudigInformatieObject document = documenten.create(brief(null, inhoud));

    assertThat(document.url()).startsWith(localServer.baseUrl() + API + "/enkelvoudiginformatieobjecten/");
    assertThat(document.identificatie()).matches("DOCUMENT-" + LocalDate.now().getYear() + "-\\d{10}");
    assertThat(document.versie()).isEqualTo(1);
    assertThat(document.bestandsomvang()).isEqualTo(inhoud.length);
    assertThat(document.inhoud()).isEqualTo(document.url() + "/download?versie=1");
    assertThat(document.vertrouwelijkheidaanduiding())
        .as("taken from the informatieobjecttype when not given")
        .isEqualTo(type("leiden", "Brief").vertrouwelijkheidaanduiding());
    assertThat(documenten.download(document.url())).isEqualTo(inhoud);
    assertThat(documenten.download(document.inhoud())).isEqualTo(inhoud);
  }

  @Test
  void binaryContentSurvivesUnchanged() {
    byte[] inhoud = new byte[2048];
    for (int i = 0; i < inhoud.length; i++) {
      inhoud[i] = (byte) (i * 31);
    }

    EnkelvoudigInformatieObject document = documenten.create(brief(uniek(), inhoud));

    assertThat(documenten.download(document.url())).isEqualTo(inhoud);
  }

  @Test
  void aDocumentIsReadBackAndFoundByItsIdentificatie() {
    String identificatie = uniek();
    EnkelvoudigInformatieObject created = documenten.create(brief(identificatie, "Hallo".getBytes(StandardCharsets.UTF_8)));

    EnkelvoudigInformatieObject read = documenten.get(created.url());

    assertThat(read).isEqualTo(created);
    assertThat(read.titel()).isEqualTo("Ontvangstbevestiging");
    assertThat(read.auteur()).isEqualTo("Gemeente Leiden");
    assertThat(read.taal()).isEqualTo("dut");
    assertThat(read.status()).isEqualTo("definitief");
    assertThat(read.informatieobjecttype()).isEqualTo(type("leiden", "Brief").url());
    assertThat(documenten.findByIdentificatie(rsin("leiden"), identificatie)).containsExactly(created);
    assertThat(documenten.findByIdentificatie(rsin("oegstgeest"), identificatie)).isEmpty();
    assertThat(documenten.findByIdentificatie(rsin("leiden"), uniek())).isEmpty();
  }

  @Test
  void documentsAreKeptInTheDatabase() {
    EnkelvoudigInformatieObject created = documenten.create(brief(uniek(), "Bewaard".getBytes(StandardCharsets.UTF_8)));
    String uuid = created.url().substring(created.url().lastIndexOf('/') + 1);

    assertThat(data.document(uuid)).hasValueSatisfying(stored -> {
      assertThat(stored.identificatie()).isEqualTo(created.identificatie());
      assertThat(stored.bronorganisatie()).isEqualTo(rsin("leiden"));
    });
    assertThat(data.inhoud(uuid)).hasValueSatisfying(bytes ->
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("Bewaard"));
  }

  @Test
  void anIdentificatieIsUniquePerBronorganisatie() {
    String identificatie = uniek();
    documenten.create(brief(identificatie, new byte[] {1}));

    assertThatThrownBy(() -> documenten.create(brief(identificatie, new byte[] {2})))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("identificatie").contains("bestaat al voor deze bronorganisatie");
        });
    assertThat(documenten.findByIdentificatie(rsin("leiden"), identificatie)).hasSize(1);

    NieuwInformatieObject vanOegstgeest = new NieuwInformatieObject(rsin("oegstgeest"), LocalDate.now(), "Brief",
        "Gemeente Oegstgeest", "dut", "text/plain", null, NieuwInformatieObject.base64("x"), null,
        type("oegstgeest", "Brief").url(), identificatie, "definitief");
    assertThat(documenten.create(vanOegstgeest).identificatie()).isEqualTo(identificatie);
  }

  @Test
  void aDuplicateIdentificatieAnswersTheStandardErrorBody() {
    String identificatie = uniek();
    documenten.create(brief(identificatie, new byte[] {1}));
    String body = """
        {"bronorganisatie": "%s", "creatiedatum": "2026-03-02", "titel": "Brief", "auteur": "Gemeente Leiden",
         "taal": "dut", "informatieobjecttype": "%s", "identificatie": "%s"}"""
        .formatted(rsin("leiden"), type("leiden", "Brief").url(), identificatie);

    Answer answer = post(body, token());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
    assertThat(answer.json().path("code").asText()).isEqualTo("invalid");
    assertThat(answer.json().path("status").asInt()).isEqualTo(400);
    assertThat(answer.invalidParamCode("identificatie")).isEqualTo("identificatie-niet-uniek");
  }

  @Test
  void anUnknownInformatieobjecttypeIsRefused() {
    NieuwInformatieObject document = new NieuwInformatieObject(rsin("leiden"), LocalDate.now(), "Brief", "Gemeente Leiden",
        "dut", "text/plain", null, NieuwInformatieObject.base64("x"), null,
        localServer.baseUrl() + "/simulator/zgw/catalogi/api/v1/informatieobjecttypen/" + UUID.randomUUID(),
        uniek(), "definitief");

    assertThatThrownBy(() -> documenten.create(document))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("informatieobjecttype").contains("resolved niet");
        });

    Answer raw = post("""
        {"bronorganisatie": "%s", "creatiedatum": "2026-03-02", "titel": "Brief", "auteur": "Gemeente Leiden",
         "taal": "dut", "informatieobjecttype": "https://elders.example.org/informatieobjecttypen/1"}"""
        .formatted(rsin("leiden")), token());
    assertThat(raw.status()).isEqualTo(400);
    assertThat(raw.invalidParamCode("informatieobjecttype")).isEqualTo("bad-url");
  }

  @Test
  void everyRequiredFieldIsNamed() {
    Answer answer = post("{}", token());

    assertThat(answer.status()).isEqualTo(400);
    for (String veld : new String[] {"bronorganisatie", "creatiedatum", "titel", "auteur", "taal", "informatieobjecttype"}) {
      assertThat(answer.invalidParamCode(veld)).as(veld).isEqualTo("required");
    }
  }

  @Test
  void malformedFieldsAreRefusedWithTheirRule() {
    Answer answer = post("""
        {"bronorganisatie": "123456789", "creatiedatum": "2 maart", "titel": "Brief", "auteur": "Gemeente Leiden",
         "taal": "nl", "status": "klaar", "vertrouwelijkheidaanduiding": "topgeheim",
         "inhoud": "dit is geen base64!", "informatieobjecttype": "%s"}"""
        .formatted(type("leiden", "Brief").url()), token());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.invalidParamCode("bronorganisatie")).isEqualTo("invalid");
    assertThat(answer.invalidParamCode("creatiedatum")).isEqualTo("invalid");
    assertThat(answer.invalidParamCode("taal")).isEqualTo("min_length");
    assertThat(answer.invalidParamCode("status")).isEqualTo("invalid_choice");
    assertThat(answer.invalidParamCode("vertrouwelijkheidaanduiding")).isEqualTo("invalid_choice");
    assertThat(answer.invalidParamCode("inhoud")).isEqualTo("invalid");
    assertThat(answer.body()).doesNotContain("123456789");
  }

  @Test
  void aClientWithTheWrongSecretIsForbidden() {
    ZgwProperties wrong = new ZgwProperties(zgw.zakenUrl(), zgw.documentenUrl(), zgw.besluitenUrl(), zgw.catalogiUrl(),
        zgw.clientId(), "een-ander-geheim-van-minstens-tweeendertig-tekens", Duration.ofSeconds(5),
        Duration.ofSeconds(30), zgw.tenants());
    DocumentenClient metVerkeerdGeheim = new DocumentenClient(new BackendHttp(localServer), wrong);

    assertThatThrownBy(() -> metVerkeerdGeheim.findByIdentificatie(rsin("leiden"), "x"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.getMessage()).contains("Documenten API").contains("geen toestemming");
        });
  }

  @Test
  void withoutATokenEveryOperationIsForbidden() {
    EnkelvoudigInformatieObject document = documenten.create(brief(uniek(), new byte[] {1}));
    String path = document.url().substring(localServer.baseUrl().length());

    for (Answer answer : new Answer[] {get(API + "/enkelvoudiginformatieobjecten", null), get(path, null),
        get(path + "/download", null), post("{}", null)}) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
      assertThat(answer.json().path("code").asText()).isEqualTo("not_authenticated");
    }
  }

  @Test
  void anUnknownDocumentIsNotFound() {
    String url = localServer.baseUrl() + API + "/enkelvoudiginformatieobjecten/" + UUID.randomUUID();

    assertThatThrownBy(() -> documenten.get(url))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.isNotFound()).isTrue());
    assertThatThrownBy(() -> documenten.download(url))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.isNotFound()).isTrue());
  }

  @Test
  void anUnknownFilterIsRefusedRatherThanIgnored() {
    Answer answer = get(API + "/enkelvoudiginformatieobjecten?identificatei=DOC-1", token());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.invalidParamCode("nonFieldErrors")).isEqualTo("unknown-parameters");
  }

  @Test
  void theDownloadIsAFile() {
    EnkelvoudigInformatieObject document = documenten.create(brief(uniek(), "Tekst".getBytes(StandardCharsets.UTF_8)));

    Answer answer = get(document.url().substring(localServer.baseUrl().length()) + "/download", token());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers().getContentType()).hasToString("application/octet-stream");
    assertThat(answer.headers().getContentDisposition().getFilename()).isEqualTo("ontvangstbevestiging.txt");
    assertThat(answer.body()).isEqualTo("Tekst");
  }
}
