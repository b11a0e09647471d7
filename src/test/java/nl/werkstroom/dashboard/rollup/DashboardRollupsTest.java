package nl.werkstroom.dashboard.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Contactverzoeken;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's figures follow the engine: a callback request counts as started, its KCC task as
 * waiting work done (on time or not against its due date), its end as a lead time; a rolled-back
 * transaction counts nothing; and a rebuild from history arrives at the same figures. Expected rows
 * are computed from the engine's own history of the instances this test starts, as a delta on
 * whatever the shared application has counted before.
 */
@ApplicationTest
class DashboardRollupsTest {

  private static final String PROCES = "contactverzoek";
  private static final String TAAK = "Task_KlantTerugbellen";
  private static final String SUBSIDIE = "subsidieaanvraag";
  private static final String VERLENINGSBESLUIT = "Task_VerleningsbesluitVastleggen";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  ManagementService managementService;

  @Autowired
  PlatformTransactionManager transactionManager;

  @Autowired
  DashboardRollups rollups;

  @Test
  void aCallbackIsCountedAsStartedAndItsTaskAndEndAsMeasuredDurations() {
    Map<String, long[]> voor = rijen();

    List<String> instanties = List.of(start("A. Jansen"), start("B. de Vries"));
    for (String instantie : instanties) {
      voltooiTaak(instantie);
    }
    instanties.forEach(this::wachtOpEinde);

    Map<String, long[]> verwacht = new HashMap<>();
    for (String instantie : instanties) {
      HistoricProcessInstance historie = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(instantie).singleResult();
      assertThat(historie.getTenantId()).isEqualTo("leiden");
      tel(verwacht, "gestart|contactverzoek|leiden|" + week(historie.getStartTime()), 0);
      tel(verwacht, "duur|contactverzoek|leiden|afgerond||" + week(historie.getEndTime()) + "|"
          + DuurKlasse.vanMillis(historie.getDurationInMillis()) + "|-1", historie.getDurationInMillis());
      HistoricTaskInstance taak = historyService.createHistoricTaskInstanceQuery().processInstanceId(instantie)
          .singleResult();
      assertThat(taak.getDueDate()).as("the callback is due in two working days").isNotNull();
      assertThat(taak.getEndTime()).isBeforeOrEqualTo(taak.getDueDate());
      tel(verwacht, "duur|contactverzoek|leiden|taak|" + TAAK + "|" + week(taak.getEndTime()) + "|"
          + DuurKlasse.vanMillis(taak.getDurationInMillis()) + "|1", taak.getDurationInMillis());
    }

    assertThat(verschil(voor, rijen())).as("what the two callbacks added").isEqualTo(alsTekst(verwacht));
  }

  @Test
  void aRolledBackTransactionCountsNothing() {
    String instantie = start("C. Terug");
    String taakId = Eventually.get("the callback task", () -> taakVan(instantie));
    Map<String, long[]> voor = rijen();
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    transaction.executeWithoutResult(status -> {
      runtimeService.startProcessInstanceByKey(PROCES, Map.of("gemeente", "leiden", "naam", "D. Nooit",
          "telefoonnummer", "0612345678", "onderwerp", "Wordt teruggedraaid"));
      taskService.complete(taakId, Map.of("uitkomst", "gesproken"));
      status.setRollbackOnly();
    });

    assertThat(taskService.createTaskQuery().taskId(taakId).count()).as("the task is still open").isEqualTo(1);
    assertThat(verschil(voor, rijen())).isEmpty();
  }

  @Test
  void aRebuildFromHistoryGivesTheFiguresCountedLive() {
    // Sunday 1 March 2026, 23:30 UTC is Monday 00:30 in Amsterdam; 22:59 UTC is still Sunday there.
    String maandagNacht = startOm(Instant.parse("2026-03-01T23:30:00Z"));
    String zondagAvond = startOm(Instant.parse("2026-03-01T22:59:00Z"));
    String afgerond = start("E. Herbouw");
    voltooiTaak(afgerond);
    wachtOpEinde(afgerond);
    assertThat(week(historyService.createHistoricProcessInstanceQuery().processInstanceId(maandagNacht)
        .singleResult().getStartTime())).isEqualTo(LocalDate.of(2026, 3, 2));
    wachtTotDeJobsKlaarZijn();
    Map<String, long[]> live = rijen();
    List<Map<String, Object>> besluiten = besluitRijen();
    assertThat(live).containsKeys("gestart|contactverzoek|leiden|2026-03-02", "gestart|contactverzoek|leiden|2026-02-23");
    assertThat(zondagAvond).isNotNull();

    rollups.herbouw();

    Map<String, long[]> herbouwd = rijen();
    assertThat(alsTekst(herbouwd)).as("rebuilt from history").isEqualTo(alsTekst(live));
    assertThat(besluitRijen()).as("decisions are not in the history; the rebuild keeps them").isEqualTo(besluiten);
  }

  @Test
  void aDecisionIsMeasuredFromTheStartOfTheCaseAgainstItsLegalDecisionDate() {
    Map<String, Object> aanvraag = new HashMap<>(Map.ofEntries(
        Map.entry("gemeente", "leiden"), Map.entry("regeling", "sport-en-bewegen"),
        Map.entry("soortAanvrager", "persoon"), Map.entry("bsn", "999990408"),
        Map.entry("aanvragerNaam", "J. de Vries"), Map.entry("email", "dashboard@voorbeeld.nl"),
        Map.entry("activiteit", "Buurtvoetbaltoernooi voor jongeren"),
        Map.entry("startdatumActiviteit", "2026-04-01"), Map.entry("einddatumActiviteit", "2026-06-30"),
        Map.entry("aangevraagdBedrag", 6000), Map.entry("begroting", 8000),
        Map.entry("iban", "NL91 ABNA 0417 1643 00"), Map.entry("rekeninghouder", "J. de Vries")));
    Map<String, long[]> voor = rijen(SUBSIDIE);
    Answer ingediend = RestApi.as(port, "loket").post("/api/subsidie/aanvragen", aanvraag);
    assertThat(ingediend.status()).as(ingediend.toString()).isEqualTo(201);
    String instantie = ingediend.json().get("processInstanceId").asText();

    rond(RestApi.as(port, "sanne"), "sanne", instantie, "Task_VolledigheidBeoordelen",
        Map.of("aanvraagVolledig", Map.of("value", true)));
    rond(RestApi.as(port, "sanne"), "sanne", instantie, "Task_AanvraagBeoordelen", Map.of(
        "voorstel", Map.of("value", "verlenen"),
        "toegekendBedrag", Map.of("value", 6000.0, "type", "Double"),
        "beoordelingToelichting", Map.of("value", "Past binnen de regeling.")));
    rond(RestApi.as(port, "henk"), "henk", instantie, "Task_BesluitNemen",
        Map.of("besluitAkkoord", Map.of("value", true)));
    HistoricActivityInstance besluit = Eventually.get("the decision registered", () -> historyService
        .createHistoricActivityInstanceQuery().processInstanceId(instantie).activityId(VERLENINGSBESLUIT)
        .finished().list().stream().findFirst().orElse(null), Duration.ofSeconds(60));

    HistoricProcessInstance zaak = historyService.createHistoricProcessInstanceQuery().processInstanceId(instantie)
        .singleResult();
    Date beslisdatum = (Date) historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie)
        .variableName(BesluitMeten.BESLISDATUM).singleResult().getValue();
    assertThat(beslisdatum).as("the legal decision date lies weeks ahead").isAfter(besluit.getEndTime());
    long vanaf = besluit.getStartTime().getTime() - zaak.getStartTime().getTime();
    long tot = besluit.getEndTime().getTime() - zaak.getStartTime().getTime();
    String sleutel = "duur|subsidieaanvraag|leiden|besluit|" + VERLENINGSBESLUIT + "|" + week(besluit.getStartTime())
        + "|" + DuurKlasse.vanMillis(vanaf) + "|1";
    assertThat(DuurKlasse.vanMillis(tot)).isEqualTo(DuurKlasse.vanMillis(vanaf));
    long[] oud = voor.getOrDefault(sleutel, new long[2]);
    long[] nieuw = rijen(SUBSIDIE).getOrDefault(sleutel, new long[2]);
    assertThat(nieuw[0] - oud[0]).as("one decision counted in " + sleutel).isEqualTo(1);
    assertThat(nieuw[1] - oud[1]).as("its time to decision in ms").isBetween(vanaf, tot);

    wachtTotDeJobsKlaarZijn();
    rollups.herbouw();
    assertThat(rijen(SUBSIDIE).get(sleutel)).as("kept by a rebuild").containsExactly(nieuw);
  }

  private void rond(RestApi api, String gebruiker, String instantie, String taakSleutel, Map<String, Object> variabelen) {
    JsonNode taak = Eventually.get(taakSleutel, () -> {
      JsonNode taken = api.get("/engine-rest/task?processInstanceId=" + instantie + "&taskDefinitionKey=" + taakSleutel
          + "&maxResults=10").json();
      return taken.isEmpty() ? null : taken.get(0);
    }, Duration.ofSeconds(60));
    String id = taak.get("id").asText();
    Answer geclaimd = api.post("/engine-rest/task/" + id + "/claim", Map.of("userId", gebruiker));
    assertThat(geclaimd.status()).as(geclaimd.toString()).isEqualTo(204);
    Answer afgerond = api.post("/engine-rest/task/" + id + "/complete", Map.of("variables", variabelen));
    assertThat(afgerond.status()).as(afgerond.toString()).isEqualTo(204);
  }

  private List<Map<String, Object>> besluitRijen() {
    return jdbc.queryForList("""
        SELECT proces_sleutel, gemeente, onderdeel, week, duur_uren, op_tijd, aantal, duur_ms_som FROM ws_dash_duur
        WHERE meting = 'besluit' ORDER BY proces_sleutel, gemeente, onderdeel, week, duur_uren, op_tijd""");
  }

  /** Live counting goes on while jobs of this or another test run; a rebuild is compared once they are done. */
  private void wachtTotDeJobsKlaarZijn() {
    Eventually.get("no job left to run", () -> managementService.createJobQuery().executable().count() == 0 ? true : null);
  }

  private String start(String naam) {
    return Contactverzoeken.start(port, "fatima", naam, "Graag teruggebeld");
  }

  private String startOm(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCES, Map.of("gemeente", "leiden",
          "naam", "F. Nacht", "telefoonnummer", "0612345678", "onderwerp", "Rond middernacht"));
      return instance.getId();
    } finally {
      ClockUtil.reset();
    }
  }

  private void voltooiTaak(String instantie) {
    RestApi fatima = RestApi.as(port, "fatima");
    JsonNode taak = Eventually.get("the callback task", () -> fatima
        .get("/engine-rest/task?processInstanceId=" + instantie + "&maxResults=10").json()).get(0);
    Answer completed = fatima.post("/engine-rest/task/" + taak.get("id").asText() + "/complete", Map.of(
        "variables", Map.of("uitkomst", Map.of("value", "gesproken"))));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
  }

  private String taakVan(String instantie) {
    var taak = taskService.createTaskQuery().processInstanceId(instantie).singleResult();
    return taak == null ? null : taak.getId();
  }

  private void wachtOpEinde(String instantie) {
    Eventually.get("the end of " + instantie, () -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instantie).finished().count() == 1);
  }

  /** The rollup rows of the callback process, by key; value: count and summed duration. */
  private Map<String, long[]> rijen() {
    return rijen(PROCES);
  }

  private Map<String, long[]> rijen(String proces) {
    Map<String, long[]> rijen = new TreeMap<>();
    jdbc.query("SELECT proces_sleutel, gemeente, week, aantal FROM ws_dash_gestart WHERE proces_sleutel = ?",
        row -> {
          rijen.put("gestart|" + row.getString(1) + "|" + row.getString(2) + "|" + row.getDate(3).toLocalDate(),
              new long[] {row.getLong(4), 0});
        }, proces);
    jdbc.query("""
        SELECT proces_sleutel, gemeente, meting, onderdeel, week, duur_uren, op_tijd, aantal, duur_ms_som
        FROM ws_dash_duur WHERE proces_sleutel = ?""", row -> {
          rijen.put("duur|" + row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
              + row.getString(4) + "|" + row.getDate(5).toLocalDate() + "|" + row.getInt(6) + "|" + row.getInt(7),
              new long[] {row.getLong(8), row.getLong(9)});
        }, proces);
    return rijen;
  }

  private static void tel(Map<String, long[]> rijen, String sleutel, long duurMs) {
    long[] rij = rijen.computeIfAbsent(sleutel, key -> new long[2]);
    rij[0]++;
    rij[1] += duurMs;
  }

  /** What was added to each row: "key: +count, +ms". */
  private static Map<String, String> verschil(Map<String, long[]> voor, Map<String, long[]> na) {
    Map<String, long[]> verschil = new TreeMap<>();
    na.forEach((sleutel, rij) -> {
      long[] oud = voor.getOrDefault(sleutel, new long[2]);
      if (rij[0] != oud[0] || rij[1] != oud[1]) {
        verschil.put(sleutel, new long[] {rij[0] - oud[0], rij[1] - oud[1]});
      }
    });
    voor.keySet().stream().filter(sleutel -> !na.containsKey(sleutel))
        .forEach(sleutel -> verschil.put(sleutel, new long[] {-voor.get(sleutel)[0], -voor.get(sleutel)[1]}));
    return alsTekst(verschil);
  }

  private static Map<String, String> alsTekst(Map<String, long[]> rijen) {
    Map<String, String> tekst = new TreeMap<>();
    rijen.forEach((sleutel, rij) -> tekst.put(sleutel, rij[0] + " / " + rij[1] + " ms"));
    return tekst;
  }

  private static LocalDate week(Date moment) {
    return IsoWeek.maandag(moment);
  }

}
