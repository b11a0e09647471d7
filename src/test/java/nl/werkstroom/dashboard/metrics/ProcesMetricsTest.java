package nl.werkstroom.dashboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import nl.werkstroom.organisation.Role;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Contactverzoeken;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the operators' Prometheus scrapes: the process gauges and the completed-instances timer, per
 * process and tenant.
 */
@ApplicationTest
class ProcesMetricsTest {

  private static final String LEIDEN = "{process=\"contactverzoek\",tenant=\"leiden\"}";

  @LocalServerPort
  int port;

  @Autowired
  ProcesMetrics metrics;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  IdentityService identityService;

  @Test
  void prometheusShowsTheFiguresOfTheLastSnapshotPerProcessAndTenant() {
    String afgerond = start();
    taskService.complete(taskService.createTaskQuery().processInstanceId(afgerond).singleResult().getId(),
        Map.of("uitkomst", "gesproken"));
    start();

    metrics.ververs();
    Answer scrape = RestApi.as(port, "admin", "admin").get("/actuator/prometheus");

    assertThat(scrape.status()).isEqualTo(200);
    long lopend = runtimeService.createProcessInstanceQuery().processDefinitionKey("contactverzoek")
        .tenantIdIn("leiden").count();
    long klaar = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("contactverzoek")
        .tenantIdIn("leiden").finished().count();
    long open = taskService.createTaskQuery().processDefinitionKey("contactverzoek").tenantIdIn("leiden").count();
    assertThat(waarde(scrape.body(), "werkstroom_process_instances_running" + LEIDEN)).hasValue((double) lopend);
    assertThat(waarde(scrape.body(), "werkstroom_tasks_open" + LEIDEN)).hasValue((double) open);
    long teLaat = taskService.createTaskQuery().processDefinitionKey("contactverzoek").tenantIdIn("leiden")
        .dueBefore(new Date()).count();
    long incidenten = runtimeService.createIncidentQuery().processDefinitionKeyIn("contactverzoek")
        .tenantIdIn("leiden").count();
    assertThat(waarde(scrape.body(), "werkstroom_tasks_overdue" + LEIDEN)).hasValue((double) teLaat);
    assertThat(waarde(scrape.body(), "werkstroom_incidents_open" + LEIDEN)).hasValue((double) incidenten);
    assertThat(waarde(scrape.body(), "werkstroom_process_instances_completed_seconds_count" + LEIDEN))
        .hasValue((double) klaar);
    assertThat(waarde(scrape.body(), "werkstroom_process_instances_completed_seconds_sum" + LEIDEN).orElseThrow())
        .isGreaterThanOrEqualTo(0);

    assertThat(RestApi.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(RestApi.as(port, "marieke").get("/actuator/prometheus").status()).as("managers read the dashboard")
        .isEqualTo(403);
  }

  @Test
  void aMonitoringAccountScrapesTheFiguresAndNothingElse() {
    String scraper = "prometheus-scraper";
    String password = "Meetgegevens-2026!";
    if (identityService.createUserQuery().userId(scraper).count() == 0) {
      User user = identityService.newUser(scraper);
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(scraper, Role.MONITORING.groupId());
    }

    assertThat(RestApi.as(port, scraper, password).get("/actuator/prometheus").status()).isEqualTo(200);
    assertThat(RestApi.as(port, scraper, password).get("/api/dashboard/overzicht").status())
        .as("the figures per case are for managers").isEqualTo(403);
  }

  private String start() {
    String instanceId = Contactverzoeken.start(port, "fatima", "P. Rometheus", "Vraag over de cijfers");
    Eventually.get("the callback task", () -> taskService.createTaskQuery().processInstanceId(instanceId).list());
    return instanceId;
  }

  /** The value of one series in Prometheus' text format. */
  private static Optional<Double> waarde(String scrape, String serie) {
    return scrape.lines()
        .filter(regel -> regel.startsWith(serie + " "))
        .map(regel -> Double.parseDouble(regel.substring(serie.length() + 1).trim()))
        .findFirst();
  }
}
