package nl.werkstroom.zaak;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.zaken.Kenmerk;
import nl.werkstroom.integration.zgw.zaken.Zaak;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import nl.werkstroom.support.Eventually;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every instance a zaak, also when the Zaken API fails: the Zaken API is reached through a proxy
 * (WireMock) in front of the built-in simulator that can fail on command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // An engine and database of its own: its Zaken API is a proxy that fails on command, which the
    // application tests sharing the engine "default" must never meet.
    "camunda.bpm.process-engine-name=zaakregistratie",
    "spring.datasource.url=jdbc:h2:mem:zaakregistratie;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class ZaakRegistratieTest {

  // Started here rather than by a JUnit extension: Spring test listeners (process-test coverage) may
  // load the context, and so ask for the proxy's URL, before any extension has run.
  static final WireMockServer zakenApi = new WireMockServer(wireMockConfig().dynamicPort().preserveHostHeader(true));

  static {
    zakenApi.start();
  }

  @AfterAll
  static void stopProxy() {
    zakenApi.stop();
  }

  @BeforeEach
  void forgetEarlierRequests() {
    zakenApi.resetAll();
  }

  @DynamicPropertySource
  static void throughTheProxy(DynamicPropertyRegistry properties) {
    properties.add("werkstroom.integration.zgw.zaken-url",
        () -> zakenApi.baseUrl() + "/simulator/zgw/zaken/api/v1");
    properties.add("werkstroom.integration.zgw.read-timeout", () -> "1s");
    properties.add("camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle", () -> "R2/PT1S");
  }

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  IdentityService identityService;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  ZakenClient zaken;

  @Autowired
  CatalogiClient catalogi;

  @Autowired
  ZgwProperties zgw;

  @Test
  void aZakenApiOutageBecomesAnIncidentAndTheInstanceGoesOnWhenTheApiIsBack() {
    zakenApi.stubFor(any(urlPathMatching("/simulator/.*")).atPriority(10)
        .willReturn(aResponse().proxiedFrom(simulator())));
    zakenApi.stubFor(post(urlPathEqualTo("/simulator/zgw/zaken/api/v1/zaken")).atPriority(1)
        .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

    String instanceId = startContactverzoek();

    Incident incident = Eventually.get("an incident", () -> runtimeService.createIncidentQuery()
        .processInstanceId(instanceId).singleResult(), Duration.ofSeconds(30));
    assertThat(incident.getIncidentMessage()).contains("Zaken API").contains("503");
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count()).isZero();

    zakenApi.resetAll();
    zakenApi.stubFor(any(urlPathMatching("/simulator/.*")).willReturn(aResponse().proxiedFrom(simulator())));
    managementService.setJobRetries(incident.getConfiguration(), 1);

    Eventually.get("the callback task", () -> taskService.createTaskQuery().processInstanceId(instanceId).list());
    assertThat(zakenOf(instanceId)).hasSize(1);
    assertThat(businessKey(instanceId)).isEqualTo(zakenOf(instanceId).get(0).identificatie());
  }

  @Test
  void aRetryAfterALostAnswerFindsTheZaakInsteadOfMakingASecond() {
    zakenApi.stubFor(any(urlPathMatching("/simulator/.*")).atPriority(10)
        .willReturn(aResponse().proxiedFrom(simulator())));
    zakenApi.stubFor(post(urlPathEqualTo("/simulator/zgw/zaken/api/v1/zaken")).atPriority(1)
        .inScenario("lost answer").whenScenarioStateIs("Started").willSetStateTo("answered")
        .willReturn(aResponse().proxiedFrom(simulator()).withFixedDelay(2500)));

    String instanceId = startContactverzoek();

    Eventually.get("the callback task", () -> taskService.createTaskQuery().processInstanceId(instanceId).list(),
        Duration.ofSeconds(30));
    zakenApi.verify(1, postRequestedFor(urlPathEqualTo("/simulator/zgw/zaken/api/v1/zaken")));
    assertThat(zakenOf(instanceId)).hasSize(1);
    assertThat(businessKey(instanceId)).isEqualTo(zakenOf(instanceId).get(0).identificatie());
  }

  private String simulator() {
    return "http://localhost:" + port;
  }

  /** Started as a KCC employee of Leiden; the start itself never waits for the Zaken API. */
  private String startContactverzoek() {
    identityService.setAuthentication("fatima", List.of("kcc", "medewerker"), List.of("leiden"));
    try {
      return runtimeService.startProcessInstanceByKey("contactverzoek", Map.of(
          "naam", "C. de Proef", "telefoonnummer", "0612345678", "onderwerp", "Terugbelverzoek")).getId();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private java.util.List<Zaak> zakenOf(String instanceId) {
    String rsin = zgw.tenant("leiden").rsin();
    String catalogus = catalogi.catalogus(zgw.tenant("leiden").catalogusDomein(), rsin).orElseThrow().url();
    String zaaktype = catalogi.zaaktype(catalogus, "CONTACTVERZOEK").orElseThrow().url();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    return zaken.findByKenmerk(rsin, zaaktype, today, new Kenmerk(instanceId, ZaakRegistratie.KENMERK_BRON));
  }

  private String businessKey(String instanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
  }
}
