package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.Reservering;
import nl.werkstroom.integration.financien.Vordering;
import nl.werkstroom.integration.zgw.besluiten.BesluitenClient;
import nl.werkstroom.integration.zgw.catalogi.CatalogiClient;
import nl.werkstroom.integration.zgw.documenten.DocumentenClient;
import nl.werkstroom.integration.zgw.zaken.ZakenClient;
import nl.werkstroom.subsidie.Dossier.Mail;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The subsidy process {@code subsidieaanvraag} path by path, in an engine of its own whose jobs the
 * test runs itself, at a fixed engine time. Users complete their tasks as Tasklist would, under their
 * own authentication; the assertions are what the applicant and the municipality see: the zaak, the
 * besluit, the letter, the e-mail and the money in the finance system. Together the tests must cover
 * at least 90 % of the subsidy model's flow nodes (report under target/process-test-coverage).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // An engine and database of its own (the engine registry is JVM-wide), and no job executor: the
    // test runs every job itself, so each step is deterministic.
    "camunda.bpm.process-engine-name=subsidieproces",
    "spring.datasource.url=jdbc:h2:mem:subsidieproces;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"test", "subsidieproces"})
@Import(SubsidieaanvraagProcessTest.Dekking.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SubsidieaanvraagProcessTest {

  /** Flow-node coverage of the subsidy model; the contact request a noodknop starts is another model. */
  @TestConfiguration
  @Import(ProcessEngineCoverageConfiguration.class)
  static class Dekking {

    /** Primary: the library's own default (no threshold) is registered as well, and would otherwise win. */
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.builder()
          .assertClassCoverageAtLeast(0.9)
          .excludeProcessDefinitionKeys("contactverzoek")
          .build();
    }
  }

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final String ADMINISTRATIE = "LEI01";
  private static final String PROCES = "subsidieaanvraag";

  private record Gebruiker(String id, List<String> groepen, List<String> gemeenten) {
  }

  private static final Gebruiker LOKET = new Gebruiker("loket", List.of("digitaal-loket"), List.of("leiden", "oegstgeest"));
  private static final Gebruiker SANNE = new Gebruiker("sanne", List.of("subsidie-behandelaar", "medewerker"), List.of("leiden"));
  private static final Gebruiker DAAN = new Gebruiker("daan", List.of("subsidie-behandelaar", "medewerker"), List.of("leiden"));
  private static final Gebruiker HENK = new Gebruiker("henk", List.of("subsidie-mandaathouder", "medewerker"), List.of("leiden"));

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  HistoryService historyService;

  @Autowired
  IdentityService identityService;

  @Autowired
  FinancienClient financien;

  @Autowired
  ZakenClient zaken;

  @Autowired
  CatalogiClient catalogi;

  @Autowired
  BesluitenClient besluiten;

  @Autowired
  DocumentenClient documenten;

  private Dossier dossier;

  /**
   * Engine time is Monday 2 February 2026, 10:00: a working day in the past, because the Besluiten
   * API (like the real one) refuses a besluit dated after its own today.
   */
  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    mandaathoudersLezenHetProcesmodel();
    klok(LocalDate.of(2026, 2, 2), LocalTime.of(10, 0));
    dossier = new Dossier(zaken, catalogi, besluiten, documenten, port);
  }

  /**
   * The coverage listener looks up the process definition as the user who completes a task, and
   * mandaathouders, who do not start subsidy requests, have no READ permission on it. Granted here
   * only, so the coverage library can work; the application itself does not need it.
   */
  private void mandaathoudersLezenHetProcesmodel() {
    AuthorizationService autorisaties = processEngine.getAuthorizationService();
    if (autorisaties.createAuthorizationQuery().groupIdIn("subsidie-mandaathouder")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(PROCES).count() == 0) {
      Authorization lezen = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      lezen.setGroupId("subsidie-mandaathouder");
      lezen.setResource(Resources.PROCESS_DEFINITION);
      lezen.setResourceId(PROCES);
      lezen.addPermission(Permissions.READ);
      autorisaties.saveAuthorization(lezen);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------- granted and settled

  @Test
  void grantedWithAnAdvanceTheReportArrivesAndTheRemainderIsPaid() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().bedrag(10000.00);
    ProcessInstance pi = dienIn(aanvraag);

    assertThat(dossier.mailAan(aanvraag.email())).extracting(Mail::onderwerp)
        .anySatisfy(onderwerp -> assertThat(onderwerp).contains("ontvangen").contains(zaaknummer(pi)));
    Task volledigheid = taak(pi, "Task_VolledigheidBeoordelen");
    assertThat(volledigheid.getDueDate()).isEqualTo(eindeVan(LocalDate.of(2026, 3, 30)));
    BpmnAwareTests.assertThat(volledigheid).hasCandidateGroup("subsidie-behandelaar");

    beoordeelVolledig(pi);
    proces(pi).isWaitingAt("Task_AanvraagBeoordelen");
    Reservering reservering = financien.reservering(ADMINISTRATIE, (String) variabele(pi, "reserveringId"));
    assertThat(reservering.bedrag()).isEqualByComparingTo("10000.00");
    assertThat(reservering.status()).isEqualTo("gereserveerd");

    beoordeel(pi, true, 10000.00);
    besluit(pi, true);

    proces(pi).hasPassed("Task_VerleningVersturen", "Task_VoorschotBetalen").isWaitingAt("Task_VerantwoordingAfwachten");
    assertThat(variabele(pi, "verantwoordingsniveau")).isEqualTo("activiteitenverslag");
    assertThat(dossier.statussen(zaakUrl(pi))).contains("In behandeling", "Besluit genomen");
    String verlening = dossier.brief((String) variabele(pi, "verleningUrl"));
    assertThat(verlening).contains("€ 10.000,00").contains("€ 8.000,00").contains("4:30");
    assertThat(dossier.besluit((String) variabele(pi, "verleningsbesluitUrl")).toelichting())
        .contains("Subsidie verleend");
    assertThat(laatsteMail(aanvraag)).satisfies(mail -> {
      assertThat(mail.onderwerp()).contains("subsidie verleend");
      assertThat(mail.tekst()).contains("€ 10.000,00");
    });
    assertThat(financien.betaling(ADMINISTRATIE, (String) variabele(pi, "voorschotBetalingId")).bedrag())
        .isEqualByComparingTo("8000.00");
    assertThat(financien.reservering(ADMINISTRATIE, reservering.id()).status()).isEqualTo("vastgelegd");

    verantwoordingOntvangen(pi, 10400.00);
    Task verantwoording = taak(pi, "Task_VerantwoordingBeoordelen");
    assertThat(taskService.getVariable(verantwoording.getId(), "werkelijkeKosten")).isEqualTo(10400.00);
    beoordeelVerantwoording(pi, 10000.00, null);
    stelVast(pi, true);

    proces(pi).hasPassed("Task_RestantBetalen").isWaitingAt("Event_BezwaartermijnVaststellingVerstreken");
    assertThat(financien.betaling(ADMINISTRATIE, (String) variabele(pi, "restantBetalingId")).bedrag())
        .isEqualByComparingTo("2000.00");
    assertThat(financien.verplichting(ADMINISTRATIE, (String) variabele(pi, "verplichtingId")).betaald())
        .isEqualByComparingTo("10000.00");
    assertThat(dossier.brief((String) variabele(pi, "vaststellingUrl"))).contains("€ 10.000,00").contains("4:87");
    assertThat(laatsteMail(aanvraag).onderwerp()).contains("Vaststelling van uw subsidie");

    vuurTimer(pi, "Event_BezwaartermijnVaststellingVerstreken");
    proces(pi).hasPassed("EndEvent_SubsidieVastgesteld").isEnded();
    assertThat(dossier.resultaat(zaakUrl(pi))).isEqualTo("Vastgesteld");
    assertThat(dossier.zaak(zaakUrl(pi)).einddatum()).isNotNull();
  }

  @Test
  void grantedWithoutAnAdvanceUnderASchemeThatPaysNone() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().regeling("test-zonder-voorschot").bedrag(8000.00);
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);
    beoordeel(pi, true, 8000.00);
    besluit(pi, true);

    proces(pi).hasNotPassed("Task_VoorschotBetalen").isWaitingAt("Task_VerantwoordingAfwachten");
    assertThat(variabele(pi, "voorschotBedrag")).isEqualTo(0.0);
    assertThat(variabele(pi, "voorschotBetalingId")).isNull();
    assertThat(financien.verplichting(ADMINISTRATIE, (String) variabele(pi, "verplichtingId")).betaald())
        .isEqualByComparingTo("0.00");
    assertThat(dossier.brief((String) variabele(pi, "verleningUrl"))).contains("€ 8.000,00");
  }

  @Test
  void upToTheLowerTierTheGrantIsPaidAtOnceAndSettled() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().bedrag(4000.00);
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);
    beoordeel(pi, true, 4000.00);
    besluit(pi, true);

    assertThat(variabele(pi, "verantwoordingsniveau")).isEqualTo("direct");
    proces(pi).hasPassed("Task_SubsidieUitbetalen").hasNotPassed("Task_VerantwoordingAfwachten")
        .isWaitingAt("Event_BezwaartermijnVaststellingVerstreken");
    assertThat(financien.betaling(ADMINISTRATIE, (String) variabele(pi, "betalingId")).bedrag())
        .isEqualByComparingTo("4000.00");

    vuurTimer(pi, "Event_BezwaartermijnVaststellingVerstreken");
    proces(pi).isEnded();
    assertThat(dossier.resultaat(zaakUrl(pi))).isEqualTo("Vastgesteld");
  }

  @Test
  void aboveTheUpperTierAFinancialStatementIsAsked() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().bedrag(55000.00);
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);
    beoordeel(pi, true, 55000.00);
    besluit(pi, true);

    assertThat(variabele(pi, "verantwoordingsniveau")).isEqualTo("financieel-verslag");
    proces(pi).isWaitingAt("Task_VerantwoordingAfwachten");
    assertThat(financien.betaling(ADMINISTRATIE, (String) variabele(pi, "voorschotBetalingId")).bedrag())
        .isEqualByComparingTo("44000.00");
    assertThat((String) variabele(pi, "verantwoordingTekst")).isNotBlank();
    assertThat(dossier.brief((String) variabele(pi, "verleningUrl"))).contains(variabele(pi, "verantwoordingTekst").toString());
  }

  @Test
  void settledBelowTheAdvanceTheDifferenceIsRecovered() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().bedrag(10000.00);
    ProcessInstance pi = verleend(aanvraag, 10000.00);

    naDeActiviteit();
    verantwoordingOntvangen(pi, 6000.00);
    beoordeelVerantwoording(pi, 6000.00, "Het toernooi duurde één dag in plaats van drie.");
    stelVast(pi, true);

    proces(pi).hasPassed("Task_TerugvorderingInstellen").hasNotPassed("Task_RestantBetalen");
    Vordering vordering = financien.vordering(ADMINISTRATIE, (String) variabele(pi, "vorderingId"));
    assertThat(vordering.bedrag()).isEqualByComparingTo("2000.00");
    assertThat(vordering.status()).isEqualTo("open");
    assertThat(vordering.omschrijving()).contains(zaaknummer(pi));
    String vaststelling = dossier.brief((String) variabele(pi, "vaststellingUrl"));
    assertThat(vaststelling).contains("€ 6.000,00").contains("€ 2.000,00").contains("4:57")
        .contains("Het toernooi duurde één dag in plaats van drie.");
  }

  @Test
  void aLateReportBringsAReminderAndOneThatNeverComesIsSettledAtNothingAndTheAdvanceRecovered() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().bedrag(10000.00);
    ProcessInstance pi = verleend(aanvraag, 10000.00);
    assertThat(variabele(pi, "verantwoordingUiterlijk")).isNotNull();

    vuurTimer(pi, "Event_VerantwoordingTeLaat");
    proces(pi).hasPassed("Task_HerinneringVersturen").isWaitingAt("Task_VerantwoordingAfwachten");
    assertThat(laatsteMail(aanvraag).onderwerp()).startsWith("Herinnering").contains(zaaknummer(pi));

    naDeActiviteit();
    vuurTimer(pi, "Event_VerantwoordingUitgebleven");
    proces(pi).isWaitingAt("Task_VerantwoordingBeoordelen");
    assertThat(variabele(pi, "verantwoordingOntvangen")).isNotEqualTo(true);
    beoordeelVerantwoording(pi, 0.00, "Wij hebben geen verantwoording ontvangen; wij stellen de subsidie ambtshalve vast.");
    stelVast(pi, true);

    Vordering vordering = financien.vordering(ADMINISTRATIE, (String) variabele(pi, "vorderingId"));
    assertThat(vordering.bedrag()).isEqualByComparingTo("8000.00");
    assertThat(dossier.brief((String) variabele(pi, "vaststellingUrl"))).contains("€ 0,00").contains("€ 8.000,00");
  }

  @Test
  void theMandaathouderSendsTheSettlementBackAndASettlementAtTheAdvanceSettlesNothing() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().bedrag(10000.00);
    ProcessInstance pi = verleend(aanvraag, 10000.00);
    verantwoordingOntvangen(pi, 9000.00);
    beoordeelVerantwoording(pi, 9000.00, "De werkelijke kosten waren lager dan begroot.");

    String reden = "De zaalhuur is niet onderbouwd; stel vast op € 8.000.";
    voltooi(pi, "Task_VaststellingBesluiten", HENK, Map.of("besluitAkkoord", false, "terugsturenReden", reden));
    Task verantwoording = taak(pi, "Task_VerantwoordingBeoordelen");
    assertThat(als(DAAN, () -> taskService.getVariable(verantwoording.getId(), "terugsturenReden"))).isEqualTo(reden);
    beoordeelVerantwoording(pi, 8000.00, "De zaalhuur is niet onderbouwd.");
    stelVast(pi, true);

    proces(pi).hasNotPassed("Task_RestantBetalen", "Task_TerugvorderingInstellen")
        .isWaitingAt("Event_BezwaartermijnVaststellingVerstreken");
    assertThat(variabele(pi, "nogTeBetalen")).isEqualTo(0.0);
    assertThat(variabele(pi, "terugTeVorderen")).isEqualTo(0.0);
    assertThat(dossier.brief((String) variabele(pi, "vaststellingUrl"))).contains("€ 8.000,00")
        .contains("De zaalhuur is niet onderbouwd.");
  }

  @Test
  void anUndertakingWithinTheDeMinimisCeilingIsGrantedWithTheDeMinimisNotice() {
    Aanvraag aanvraag = Aanvraag.vanEenOrganisatie("82667310", "Rijnland Installatietechniek B.V.", true)
        .eerdereDeMinimisSteun(100000.00).bedrag(4000.00);
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);
    proces(pi).hasPassed("Task_DeMinimisToetsen", "Task_BudgetReserveren").isWaitingAt("Task_AanvraagBeoordelen");

    beoordeel(pi, true, 4000.00);
    besluit(pi, true);
    String deMinimis = (String) variabele(pi, "deMinimisTekst");
    assertThat(deMinimis).contains("€ 4.000,00").contains("2023/2831");
    assertThat(dossier.brief((String) variabele(pi, "verleningUrl"))).contains(deMinimis);
  }

  // ---------------------------------------------------------------- incomplete requests

  @Test
  void anIncompleteRequestSuspendsTheDecisionPeriodUntilItIsCompleted() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner();
    ProcessInstance pi = dienIn(aanvraag);

    beoordeelOnvolledig(pi, "De begroting van het toernooi ontbreekt.");
    proces(pi).hasPassed("Task_VerzoekOmAanvullingVersturen").isWaitingAt("Gateway_WachtenOpAanvulling");
    assertThat(variabele(pi, "aanvullenUiterlijk")).isEqualTo(eindeVan(LocalDate.of(2026, 2, 16)));
    assertThat(dossier.statussen(zaakUrl(pi))).contains("Aanvulling gevraagd");
    Mail verzoek = laatsteMail(aanvraag);
    assertThat(verzoek.onderwerp()).contains("Verzoek om aanvulling");
    assertThat(verzoek.tekst()).contains("De begroting van het toernooi ontbreekt.").contains("16 februari 2026");

    klok(LocalDate.of(2026, 2, 10), LocalTime.of(9, 0));
    aanvullingOntvangen(pi, "De begroting is bijgevoegd.");

    // Suspended from 3 February (the day after the request to complete) until 10 February: 8 days later.
    Task volledigheid = taak(pi, "Task_VolledigheidBeoordelen");
    assertThat(variabele(pi, "beslisdatum")).isEqualTo(eindeVan(LocalDate.of(2026, 4, 7)));
    assertThat(volledigheid.getDueDate()).isEqualTo(eindeVan(LocalDate.of(2026, 4, 7)));
    beoordeelVolledig(pi);
    assertThat(taak(pi, "Task_AanvraagBeoordelen").getDueDate()).isEqualTo(eindeVan(LocalDate.of(2026, 4, 7)));
  }

  @Test
  void anIncompleteRequestThatIsNotCompletedInTimeIsNotTreated() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner();
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelOnvolledig(pi, "Het activiteitenplan ontbreekt.");

    klok(LocalDate.of(2026, 2, 17), LocalTime.of(8, 0));
    vuurTimer(pi, "Event_AanvultermijnVerstreken");

    proces(pi).hasPassed("Task_BuitenBehandelingVersturen").isWaitingAt("Event_BezwaartermijnBuitenBehandelingVerstreken");
    assertThat(dossier.besluit((String) variabele(pi, "buitenBehandelingBesluitUrl")).toelichting()).contains("4:5");
    String brief = dossier.brief((String) variabele(pi, "buitenBehandelingUrl"));
    assertThat(brief).contains("4:5").contains("Het activiteitenplan ontbreekt.").contains("bezwaar");
    Mail mail = laatsteMail(aanvraag);
    assertThat(mail.onderwerp()).contains("niet behandeld");
    assertThat(mail.tekst()).contains("4:5");

    vuurTimer(pi, "Event_BezwaartermijnBuitenBehandelingVerstreken");
    proces(pi).hasPassed("EndEvent_BuitenBehandelingGesteld").isEnded();
    assertThat(dossier.resultaat(zaakUrl(pi))).isEqualTo("Buiten behandeling gesteld");
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void anAmountAboveTheMaximumCannotBeGrantedAndIsRefused() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().bedrag(75000.00);
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);
    assertThat(financien.reservering(ADMINISTRATIE, (String) variabele(pi, "reserveringId")).bedrag())
        .as("no more than the maximum is kept from the ceiling").isEqualByComparingTo("60000.00");

    Task beoordeling = taak(pi, "Task_AanvraagBeoordelen");
    assertThatThrownBy(() -> als(SANNE, () -> taskService.complete(beoordeling.getId(),
        Map.of("voorstel", "verlenen", "toegekendBedrag", 75000.00))))
        .hasMessageContaining("maximumbedrag van de regeling, € 60.000,00");

    String toelichting = "Het aangevraagde bedrag is hoger dan het maximum van de regeling.";
    beoordeelWeigeren(pi, toelichting);
    besluit(pi, true);

    proces(pi).hasPassed("Task_ReserveringVrijgeven", "Task_WeigeringVersturen")
        .isWaitingAt("Event_BezwaartermijnWeigeringVerstreken");
    assertThat(financien.reservering(ADMINISTRATIE, (String) variabele(pi, "reserveringId")).status())
        .isEqualTo("vrijgegeven");
    assertThat(dossier.brief((String) variabele(pi, "weigeringUrl"))).contains(toelichting);
  }

  @Test
  void aRequestOutsideTheApplicationPeriodIsRefused() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().regeling("test-gesloten").bedrag(5000.00);
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);

    proces(pi).hasPassed("Task_WeigeringVoorstellen").hasNotPassed("Task_BudgetReserveren").isWaitingAt("Task_BesluitNemen");
    assertThat(variabele(pi, "weigeringsgrond")).isEqualTo("BUITEN_AANVRAAGPERIODE");
    besluit(pi, true);

    proces(pi).hasNotPassed("Task_ReserveringVrijgeven").isWaitingAt("Event_BezwaartermijnWeigeringVerstreken");
    assertThat(dossier.brief((String) variabele(pi, "weigeringUrl"))).contains("aanvraagperiode").contains("bezwaar");
    assertThat(dossier.besluit((String) variabele(pi, "weigeringsbesluitUrl")).toelichting()).contains("geweigerd");
    assertThat(laatsteMail(aanvraag).onderwerp()).contains("Besluit op uw subsidieaanvraag");

    vuurTimer(pi, "Event_BezwaartermijnWeigeringVerstreken");
    proces(pi).hasPassed("EndEvent_Geweigerd").isEnded();
    assertThat(dossier.resultaat(zaakUrl(pi))).isEqualTo("Geweigerd");
  }

  @Test
  void whenTheCeilingIsReachedTheNextRequestIsRefusedWithoutAReservation() {
    ProcessInstance eerste = dienIn(Aanvraag.vanEenInwoner().regeling("test-klein-plafond").bedrag(1500.00));
    beoordeelVolledig(eerste);
    proces(eerste).isWaitingAt("Task_AanvraagBeoordelen");

    Aanvraag tweede = Aanvraag.vanEenInwoner().regeling("test-klein-plafond").bedrag(1000.00);
    ProcessInstance pi = dienIn(tweede);
    beoordeelVolledig(pi);

    proces(pi).hasPassed("Event_BudgetOntoereikend").isWaitingAt("Task_BesluitNemen");
    assertThat(variabele(pi, "reserveringId")).isNull();
    besluit(pi, true);
    assertThat(dossier.brief((String) variabele(pi, "weigeringUrl"))).contains("artikel 4:25");
    assertThat(laatsteMail(tweede).tekst()).contains("4:25");
    assertThat(financien.budget(ADMINISTRATIE, "TST-KLEIN").gereserveerd()).isEqualByComparingTo("1500.00");
  }

  @Test
  void anUndertakingAboveTheDeMinimisCeilingIsRefused() {
    Aanvraag aanvraag = Aanvraag.vanEenOrganisatie("82667310", "Rijnland Installatietechniek B.V.", true)
        .eerdereDeMinimisSteun(295000.00).bedrag(10000.00);
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);

    proces(pi).hasPassed("Task_BedrijfRaadplegen", "Task_DeMinimisToetsen").isWaitingAt("Task_BesluitNemen");
    assertThat(variabele(pi, "weigeringsgrond")).isEqualTo("DE_MINIMIS_OVERSCHREDEN");
    besluit(pi, true);
    assertThat(dossier.brief((String) variabele(pi, "weigeringUrl"))).contains("de-minimissteun");
  }

  @Test
  void anApplicantTheRegistersDoNotKnowIsRefused() {
    Aanvraag persoon = Aanvraag.vanEenInwoner().bsn("999991000");
    ProcessInstance onbekendePersoon = dienIn(persoon);
    beoordeelVolledig(onbekendePersoon);
    proces(onbekendePersoon).hasPassed("Event_PersoonOnbekend").isWaitingAt("Task_BesluitNemen");
    besluit(onbekendePersoon, true);
    assertThat(dossier.brief((String) variabele(onbekendePersoon, "weigeringUrl"))).contains("Basisregistratie Personen");

    Aanvraag organisatie = Aanvraag.vanEenOrganisatie("12345678", "Stichting Bestaat Niet", false);
    ProcessInstance onbekendBedrijf = dienIn(organisatie);
    beoordeelVolledig(onbekendBedrijf);
    proces(onbekendBedrijf).hasPassed("Event_BedrijfOnbekend").isWaitingAt("Task_BesluitNemen");
    assertThat(variabele(onbekendBedrijf, "weigeringsgrond")).isEqualTo("BEDRIJF_ONBEKEND");
    besluit(onbekendBedrijf, true);
    assertThat(dossier.brief((String) variabele(onbekendBedrijf, "weigeringUrl"))).contains("Handelsregister");
  }

  @Test
  void aGrantTheBehandelaarTurnsIntoARefusalReleasesTheReservation() {
    ProcessInstance pi = dienIn(Aanvraag.vanEenInwoner().bedrag(3000.00));
    beoordeelVolledig(pi);
    String reserveringId = (String) variabele(pi, "reserveringId");
    beoordeel(pi, true, 3000.00);
    besluit(pi, false, "Het toernooi valt buiten de doelgroep van de regeling.");

    String toelichting = "De activiteit is niet gericht op inwoners van Leiden.";
    beoordeelWeigeren(pi, toelichting);
    besluit(pi, true);

    assertThat(variabele(pi, "weigeringsgrond")).isEqualTo("INHOUDELIJK");
    assertThat(financien.reservering(ADMINISTRATIE, reserveringId).status()).isEqualTo("vrijgegeven");
    assertThat(dossier.brief((String) variabele(pi, "weigeringUrl"))).contains(toelichting);
  }

  @Test
  void anAutomaticRefusalSentBackAndGrantedReservesTheBudgetThen() {
    ProcessInstance pi = dienIn(Aanvraag.vanEenInwoner().regeling("test-gesloten").bedrag(5000.00));
    beoordeelVolledig(pi);
    besluit(pi, false, "De aanvraag is op 31 december 2025 per post ontvangen; beoordeel haar inhoudelijk.");

    beoordeel(pi, true, 5000.00);
    proces(pi).hasPassed("Task_BudgetAlsnogReserveren").isWaitingAt("Task_BesluitNemen");
    assertThat(financien.reservering(ADMINISTRATIE, (String) variabele(pi, "reserveringId")).bedrag())
        .isEqualByComparingTo("5000.00");
  }

  // ---------------------------------------------------------------- the mandaathouder

  @Test
  void theMandaathouderSendsTheDecisionBackWithAReasonAndTheBehandelaarChangesTheAmount() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner().bedrag(10000.00);
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);
    beoordeel(pi, true, 10000.00);

    Task besluit = taak(pi, "Task_BesluitNemen");
    BpmnAwareTests.assertThat(besluit).hasCandidateGroup("subsidie-mandaathouder");
    assertThatThrownBy(() -> als(HENK, () -> taskService.complete(besluit.getId(), Map.of("besluitAkkoord", false))))
        .hasMessageContaining("schrijf wat de behandelaar moet aanpassen");

    String reden = "De begroting rechtvaardigt ten hoogste € 8.000.";
    besluit(pi, false, reden);
    Task beoordeling = taak(pi, "Task_AanvraagBeoordelen");
    assertThat(als(SANNE, () -> taskService.getVariable(beoordeling.getId(), "terugsturenReden"))).isEqualTo(reden);

    beoordeel(pi, true, 8000.00);
    besluit(pi, true);
    assertThat(variabele(pi, "toegekendBedrag")).isEqualTo(8000.00);
    assertThat(variabele(pi, "terugsturenReden")).isNull();
    assertThat(financien.verplichting(ADMINISTRATIE, (String) variabele(pi, "verplichtingId")).bedrag())
        .isEqualByComparingTo("8000.00");
    assertThat(dossier.brief((String) variabele(pi, "verleningUrl"))).contains("€ 8.000,00");
  }

  @Test
  void whoPreparedTheDecisionMayNotTakeIt() {
    ProcessInstance pi = dienIn(Aanvraag.vanEenInwoner());
    beoordeelVolledig(pi);
    beoordeel(pi, true, 10000.00);

    Gebruiker sanneMetMandaat = new Gebruiker("sanne", List.of("subsidie-behandelaar", "subsidie-mandaathouder"),
        List.of("leiden"));
    Task besluit = taak(pi, "Task_BesluitNemen");
    assertThatThrownBy(() -> als(sanneMetMandaat, () -> taskService.complete(besluit.getId(),
        Map.of("besluitAkkoord", true))))
        .hasMessageContaining("U heeft deze aanvraag zelf voorbereid")
        .hasMessageContaining("vier-ogenprincipe");
    proces(pi).isWaitingAt("Task_BesluitNemen");

    besluit(pi, true);
    proces(pi).hasPassed("Task_VerleningVersturen");
  }

  // ---------------------------------------------------------------- the decision period (Awb 4:14)

  @Test
  void nearTheDecisionDateTheBehandelaarPostponesIt() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner();
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);
    assertThat(variabele(pi, "signaaldatum")).isEqualTo(
        Date.from(LocalDate.of(2026, 3, 16).atTime(8, 0).atZone(AMSTERDAM).toInstant()));

    klok(LocalDate.of(2026, 3, 16), LocalTime.of(8, 0));
    vuurTimer(pi, "Event_BeslistermijnBijnaVerstreken");
    Task verdaging = taak(pi, "Task_BeslistermijnBewaken");
    assertThat(verdaging.getDueDate()).isEqualTo(eindeVan(LocalDate.of(2026, 3, 30)));
    BpmnAwareTests.assertThat(verdaging).hasCandidateGroup("subsidie-behandelaar");
    proces(pi).isWaitingAt("Task_AanvraagBeoordelen", "Task_BeslistermijnBewaken");

    assertThatThrownBy(() -> als(SANNE, () -> taskService.complete(verdaging.getId(), Map.of(
        "verdagen", true, "redenVerdaging", "Wij wachten op advies van de sportraad."))))
        .hasMessageContaining("Nieuwe beslisdatum");

    als(SANNE, () -> taskService.complete(verdaging.getId(), Map.of("verdagen", true,
        "nieuweBeslisdatum", "2026-04-20", "redenVerdaging", "Wij wachten op advies van de sportraad.")));
    runJobs(pi);

    proces(pi).hasPassed("Task_VerdagingVersturen", "Task_BeslisdatumVerdagen", "EndEvent_VerdagingGemeld")
        .isWaitingAt("Task_AanvraagBeoordelen");
    assertThat(variabele(pi, "beslisdatum")).isEqualTo(eindeVan(LocalDate.of(2026, 4, 20)));
    assertThat(taak(pi, "Task_AanvraagBeoordelen").getDueDate()).as("the open task moves along")
        .isEqualTo(eindeVan(LocalDate.of(2026, 4, 20)));
    Mail mail = laatsteMail(aanvraag);
    assertThat(mail.onderwerp()).contains("Wij beslissen later");
    assertThat(mail.tekst()).contains("20 april 2026").contains("4:14").contains("Wij wachten op advies van de sportraad.");
    assertThat(dossier.brief((String) variabele(pi, "verdagingUrl"))).contains("20 april 2026");

    beoordeel(pi, true, 10000.00);
    assertThat(taak(pi, "Task_BesluitNemen").getDueDate()).isEqualTo(eindeVan(LocalDate.of(2026, 4, 20)));
  }

  @Test
  void nearTheDecisionDateTheBehandelaarNeedNotPostpone() {
    ProcessInstance pi = dienIn(Aanvraag.vanEenInwoner());
    beoordeelVolledig(pi);

    vuurTimer(pi, "Event_BeslistermijnBijnaVerstreken");
    als(SANNE, () -> taskService.complete(taak(pi, "Task_BeslistermijnBewaken").getId(), Map.of("verdagen", false)));
    runJobs(pi);

    proces(pi).hasPassed("EndEvent_GeenVerdaging").hasNotPassed("Task_VerdagingVastleggen")
        .isWaitingAt("Task_AanvraagBeoordelen");
    assertThat(variabele(pi, "beslisdatum")).isEqualTo(eindeVan(LocalDate.of(2026, 3, 30)));
  }

  // ---------------------------------------------------------------- ranking and noodknop

  @Test
  void underARankingTheCasesWithinTheCeilingAreReservedAndTheOthersRefused() {
    ProcessInstance binnen = dienIn(Aanvraag.vanEenInwoner().regeling("test-rangschikking").bedrag(12000.00));
    Aanvraag buitenAanvraag = Aanvraag.vanEenInwoner().regeling("test-rangschikking").bedrag(11000.00);
    ProcessInstance buiten = dienIn(buitenAanvraag);
    beoordeelVolledig(binnen);
    beoordeelVolledig(buiten);
    proces(binnen).isWaitingAt("Event_RangschikkingVastgesteld");
    proces(buiten).isWaitingAt("Event_RangschikkingVastgesteld");

    rangschikkingVastgesteld(binnen, 1, true);
    rangschikkingVastgesteld(buiten, 2, false);

    proces(binnen).hasPassed("Task_BudgetReserveren").isWaitingAt("Task_AanvraagBeoordelen");
    assertThat(financien.reservering(ADMINISTRATIE, (String) variabele(binnen, "reserveringId")).bedrag())
        .isEqualByComparingTo("12000.00");
    proces(buiten).hasNotPassed("Task_BudgetReserveren").isWaitingAt("Task_BesluitNemen");
    besluit(buiten, true);
    assertThat(dossier.brief((String) variabele(buiten, "weigeringUrl"))).contains("4:25");
    assertThat(financien.budget(ADMINISTRATIE, "TST-RANG").gereserveerd()).isEqualByComparingTo("12000.00");
  }

  @Test
  void theNoodknopStartsAContactRequestForTheKccWhileTheCaseGoesOn() {
    Aanvraag aanvraag = Aanvraag.vanEenInwoner();
    ProcessInstance pi = dienIn(aanvraag);

    runtimeService.createMessageCorrelation("Noodknop").processInstanceId(pi.getId())
        .setVariable("contactOnderwerp", "Ik begrijp de brief over mijn subsidie niet")
        .setVariable("contactTelefoonnummer", "071 516 5000")
        .setVariable("contactVoorkeurMoment", "Dinsdagochtend")
        .correlate();
    runJobs(pi);

    proces(pi).hasPassed("Task_ContactverzoekStarten", "EndEvent_ContactverzoekGestart")
        .isWaitingAt("Task_VolledigheidBeoordelen");
    HistoricProcessInstance contactverzoek = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("contactverzoek").variableValueEquals("aanleidingZaak", zaaknummer(pi)).singleResult();
    assertThat(contactverzoek).isNotNull();
    assertThat(contactverzoek.getTenantId()).isEqualTo("leiden");
    runJobs(contactverzoek.getId());
    Task terugbellen = taskService.createTaskQuery().processInstanceId(contactverzoek.getId()).singleResult();
    BpmnAwareTests.assertThat(terugbellen).hasCandidateGroup("kcc");
    Map<String, Object> gegevens = runtimeService.getVariables(contactverzoek.getId());
    assertThat(gegevens).containsEntry("naam", aanvraag.naam())
        .containsEntry("telefoonnummer", "071 516 5000")
        .containsEntry("emailadres", aanvraag.email())
        .containsEntry("onderwerp", "Ik begrijp de brief over mijn subsidie niet")
        .containsEntry("voorkeurMoment", "Dinsdagochtend");
    assertThat(dossier.zaak(zaakUrl(pi)).einddatum()).as("the subsidy case goes on").isNull();
  }

  // ---------------------------------------------------------------- what users do

  /** The website (user loket) sends the request; the instance runs to the first task. */
  private ProcessInstance dienIn(Aanvraag aanvraag) {
    ProcessInstance pi = als(LOKET, () -> runtimeService.startProcessInstanceByKey(PROCES, aanvraag.variabelen()));
    runJobs(pi);
    proces(pi).isWaitingAt("Task_VolledigheidBeoordelen");
    return pi;
  }

  /** Granted with the advance paid; waiting for the report. */
  private ProcessInstance verleend(Aanvraag aanvraag, double bedrag) {
    ProcessInstance pi = dienIn(aanvraag);
    beoordeelVolledig(pi);
    beoordeel(pi, true, bedrag);
    besluit(pi, true);
    proces(pi).isWaitingAt("Task_VerantwoordingAfwachten");
    return pi;
  }

  private void beoordeelVolledig(ProcessInstance pi) {
    voltooi(pi, "Task_VolledigheidBeoordelen", SANNE, Map.of("aanvraagVolledig", true));
  }

  private void beoordeelOnvolledig(ProcessInstance pi, String ontbrekend) {
    voltooi(pi, "Task_VolledigheidBeoordelen", SANNE, Map.of("aanvraagVolledig", false, "ontbrekendeGegevens", ontbrekend));
  }

  private void beoordeel(ProcessInstance pi, boolean verlenen, double bedrag) {
    voltooi(pi, "Task_AanvraagBeoordelen", SANNE, Map.of(
        "voorstel", verlenen ? "verlenen" : "weigeren", "toegekendBedrag", bedrag,
        "beoordelingToelichting", "Beoordeeld aan de hand van de regeling."));
  }

  private void beoordeelWeigeren(ProcessInstance pi, String toelichting) {
    voltooi(pi, "Task_AanvraagBeoordelen", SANNE, Map.of("voorstel", "weigeren", "beoordelingToelichting", toelichting));
  }

  private void besluit(ProcessInstance pi, boolean akkoord) {
    voltooi(pi, "Task_BesluitNemen", HENK, Map.of("besluitAkkoord", akkoord));
  }

  private void besluit(ProcessInstance pi, boolean akkoord, String reden) {
    voltooi(pi, "Task_BesluitNemen", HENK, Map.of("besluitAkkoord", akkoord, "terugsturenReden", reden));
  }

  private void beoordeelVerantwoording(ProcessInstance pi, double vastgesteld, String toelichting) {
    Map<String, Object> formulier = new HashMap<>();
    formulier.put("vastgesteldBedrag", vastgesteld);
    if (toelichting != null) {
      formulier.put("vaststellingToelichting", toelichting);
    }
    voltooi(pi, "Task_VerantwoordingBeoordelen", DAAN, formulier);
  }

  private void stelVast(ProcessInstance pi, boolean akkoord) {
    voltooi(pi, "Task_VaststellingBesluiten", HENK, Map.of("besluitAkkoord", akkoord));
  }

  private void aanvullingOntvangen(ProcessInstance pi, String aanvulling) {
    runtimeService.createMessageCorrelation("SubsidieAanvullingOntvangen").processInstanceId(pi.getId())
        .setVariable("aanvulling", aanvulling).correlate();
    runJobs(pi);
  }

  private void verantwoordingOntvangen(ProcessInstance pi, double werkelijkeKosten) {
    runtimeService.createMessageCorrelation("SubsidieVerantwoordingOntvangen").processInstanceId(pi.getId())
        .setVariable("verantwoordingOntvangen", true)
        .setVariable("werkelijkeKosten", werkelijkeKosten)
        .setVariable("verantwoordingToelichting", "Het toernooi is gehouden met 120 deelnemers.")
        .correlate();
    runJobs(pi);
  }

  private void rangschikkingVastgesteld(ProcessInstance pi, int rangnummer, boolean binnenPlafond) {
    Map<String, Object> uitkomst = new HashMap<>();
    uitkomst.put("rangnummer", rangnummer);
    uitkomst.put("binnenPlafond", binnenPlafond);
    if (!binnenPlafond) {
      uitkomst.put("weigeringsgrond", "BUDGET_ONTOEREIKEND");
    }
    runtimeService.createMessageCorrelation("SubsidieRangschikkingVastgesteld").processInstanceId(pi.getId())
        .setVariables(uitkomst).correlate();
    runJobs(pi);
  }

  /** A user completes the task with the values of its form, as Tasklist does; then the jobs run. */
  private void voltooi(ProcessInstance pi, String taakId, Gebruiker gebruiker, Map<String, Object> formulier) {
    Task taak = taak(pi, taakId);
    als(gebruiker, () -> taskService.complete(taak.getId(), formulier));
    runJobs(pi);
  }

  // ---------------------------------------------------------------- the driver

  /**
   * Runs every due job that is not a timer, of these instances, until none is left. A failing job
   * fails the test with its message at once: no retries hide a fault.
   */
  private void runJobs(ProcessInstance pi) {
    runJobs(pi.getId());
  }

  private void runJobs(String... instanceIds) {
    for (int ronde = 0; ronde < 500; ronde++) {
      Job job = null;
      for (String instanceId : instanceIds) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instanceId).messages()
            .withRetriesLeft().listPage(0, 1);
        if (!jobs.isEmpty()) {
          job = jobs.get(0);
          break;
        }
      }
      if (job == null) {
        return;
      }
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException e) {
        fail("Job of activity " + activiteit(job) + " failed: " + e.getMessage() + oorzaak(e), e);
      }
    }
    fail("Jobs keep coming: the process loops");
  }

  /** The engine hides a database error behind a general message; its root cause says what went wrong. */
  private static String oorzaak(Throwable fout) {
    Throwable oorzaak = fout;
    while (oorzaak.getCause() != null && oorzaak.getCause() != oorzaak) {
      oorzaak = oorzaak.getCause();
    }
    String melding = String.valueOf(oorzaak.getMessage());
    return oorzaak == fout ? "" : " (" + melding.substring(0, Math.min(300, melding.length())) + ")";
  }

  private String activiteit(Job job) {
    return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

  /** Fires the timer of an activity now, whatever its due date, and runs what follows. */
  private void vuurTimer(ProcessInstance pi, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
        .singleResult();
    assertThat(timer).as("timer of " + activityId).isNotNull();
    try {
      managementService.executeJob(timer.getId());
    } catch (RuntimeException e) {
      fail("Timer " + activityId + " failed: " + e.getMessage(), e);
    }
    runJobs(pi);
  }

  private <T> T als(Gebruiker gebruiker, java.util.function.Supplier<T> actie) {
    identityService.setAuthentication(gebruiker.id(), gebruiker.groepen(), gebruiker.gemeenten());
    try {
      return actie.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void als(Gebruiker gebruiker, Runnable actie) {
    als(gebruiker, () -> {
      actie.run();
      return null;
    });
  }

  // ---------------------------------------------------------------- reading the case

  private static ProcessInstanceAssert proces(ProcessInstance pi) {
    return BpmnAwareTests.assertThat(pi);
  }

  private Task taak(ProcessInstance pi, String taakId) {
    Task taak = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taakId).singleResult();
    assertThat(taak).as("open task " + taakId).isNotNull();
    return taak;
  }

  /** A process variable, also of an ended instance. */
  private Object variabele(ProcessInstance pi, String naam) {
    List<HistoricVariableInstance> waarden = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(naam).list();
    return waarden.stream()
        .filter(waarde -> pi.getId().equals(waarde.getActivityInstanceId()))
        .findFirst()
        .or(() -> waarden.stream().findFirst())
        .map(HistoricVariableInstance::getValue)
        .orElse(null);
  }

  private String zaakUrl(ProcessInstance pi) {
    return (String) variabele(pi, "zaakUrl");
  }

  private String zaaknummer(ProcessInstance pi) {
    return (String) variabele(pi, "zaakIdentificatie");
  }

  private Mail laatsteMail(Aanvraag aanvraag) {
    List<Mail> mail = dossier.mailAan(aanvraag.email());
    assertThat(mail).as("mail to the applicant").isNotEmpty();
    return mail.get(mail.size() - 1);
  }

  private static void klok(LocalDate dag, LocalTime tijd) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(dag, tijd, AMSTERDAM).toInstant()));
  }

  /**
   * The report comes after the activity, and a receivable is due after the finance system's own
   * today: the steps that recover money run at the real date.
   */
  private static void naDeActiviteit() {
    klok(LocalDate.now(AMSTERDAM), LocalTime.of(10, 0));
  }

  private static Date eindeVan(LocalDate dag) {
    return Date.from(dag.atTime(23, 59, 59).atZone(AMSTERDAM).toInstant());
  }
}
