package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.werkstroom.integration.financien.Budget;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.Reservering;
import nl.werkstroom.support.ApplicationTest;
import nl.werkstroom.support.Eventually;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The subsidy ceiling (Awb 4:25) under load: twenty requests arrive at once for a budget that fits
 * ten, and their reservations run at the same moment in the job executor. The finance system must
 * end with exactly ten reservations and never more than the ceiling; the other ten go to the
 * mandaathouder as a refusal because the budget is exhausted.
 */
@ApplicationTest
class SubsidiePlafondConcurrencyTest {

  private static final int AANVRAGEN = 20;
  private static final int PASSEND = 10;
  private static final String BUDGET = "SUB-PLAFONDTEST";
  private static final Duration RUIM = Duration.ofSeconds(90);

  @LocalServerPort
  int port;

  @Autowired
  FinancienClient financien;

  @Autowired
  HistoryService historyService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Test
  void twentyRequestsAtOnceReserveExactlyTheTenThatFitTheCeiling() throws Exception {
    List<String> instances = tegelijk(AANVRAGEN, i -> {
      Map<String, Object> aanvraag = AanvraagValidatieTest.persoon();
      aanvraag.put("gemeente", "leiden");
      aanvraag.put("regeling", "plafondtest");
      aanvraag.put("aanvragerNaam", "Aanvrager " + i);
      aanvraag.put("aangevraagdBedrag", 1000);
      aanvraag.put("begroting", 1500);
      Answer answer = RestApi.as(port, "loket").post("/api/subsidie/aanvragen", aanvraag);
      assertThat(answer.status()).as(answer.toString()).isIn(201, 202);
      return answer.json().get("processInstanceId").asText();
    });
    String idIn = String.join(",", instances);

    RestApi sanne = RestApi.as(port, "sanne");
    JsonNode volledigheid = Eventually.get("20 tasks Volledigheid beoordelen", () -> {
      JsonNode tasks = sanne.get("/engine-rest/task?taskDefinitionKey=Task_VolledigheidBeoordelen&processInstanceIdIn="
          + idIn + "&maxResults=100").json();
      return tasks.size() == AANVRAGEN ? tasks : null;
    }, RUIM);

    tegelijk(AANVRAGEN, i -> {
      String user = i % 2 == 0 ? "sanne" : "daan";
      String taskId = volledigheid.get(i).get("id").asText();
      RestApi api = RestApi.as(port, user);
      Answer claimed = api.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
      assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
      Answer completed = api.post("/engine-rest/task/" + taskId + "/complete",
          Map.of("variables", Map.of("aanvraagVolledig", Map.of("value", true))));
      assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
      return taskId;
    });

    RestApi henk = RestApi.as(port, "henk");
    Eventually.get("every request at Aanvraag beoordelen or Besluit nemen", () ->
        taken(sanne, "Task_AanvraagBeoordelen", idIn).size() + taken(henk, "Task_BesluitNemen", idIn).size()
            == AANVRAGEN, RUIM);

    assertThat(taken(sanne, "Task_AanvraagBeoordelen", idIn)).as("within the ceiling").hasSize(PASSEND);
    JsonNode besluiten = taken(henk, "Task_BesluitNemen", idIn);
    assertThat(besluiten).as("refused because the budget is exhausted").hasSize(AANVRAGEN - PASSEND);
    for (JsonNode besluit : besluiten) {
      JsonNode formulier = henk.get("/engine-rest/task/" + besluit.get("id").asText() + "/form-variables").json();
      assertThat(formulier.path("weigeringsgrond").path("value").asText()).isEqualTo("BUDGET_ONTOEREIKEND");
      assertThat(formulier.path("voorstel").path("value").asText()).isEqualTo("weigeren");
    }

    List<String> reserveringen = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new)).variableName("reserveringId").list().stream()
        .map(HistoricVariableInstance::getValue).filter(value -> value != null).map(Object::toString).distinct()
        .toList();
    assertThat(reserveringen).hasSize(PASSEND);
    for (String id : reserveringen) {
      Reservering reservering = financien.reservering("LEI01", id);
      assertThat(reservering.budgetcode()).isEqualTo(BUDGET);
      assertThat(reservering.status()).isEqualTo(Reservering.GERESERVEERD);
      assertThat(reservering.bedrag()).isEqualByComparingTo("1000.00");
    }
    Budget budget = financien.budget("LEI01", BUDGET);
    assertThat(budget.gereserveerd()).as("ten reservations of EUR 1,000").isEqualByComparingTo("10000.00");
    assertThat(budget.gereserveerd()).isLessThanOrEqualTo(budget.plafond());
    assertThat(budget.beschikbaar()).isEqualByComparingTo(BigDecimal.ZERO);

    assertThat(runtimeService.createIncidentQuery().list().stream()
        .filter(incident -> instances.contains(incident.getProcessInstanceId())).toList())
        .as("no incidents").isEmpty();
    assertThat(managementService.createJobQuery().processInstanceIds(new java.util.HashSet<>(instances))
        .withException().list()).as("no failed job attempts left behind").isEmpty();
  }

  private static JsonNode taken(RestApi api, String taskDefinitionKey, String idIn) {
    return api.get("/engine-rest/task?taskDefinitionKey=" + taskDefinitionKey + "&processInstanceIdIn=" + idIn
        + "&maxResults=100").json();
  }

  /** Runs {@code count} calls in as many threads, released together by one latch; their results in order. */
  private static <T> List<T> tegelijk(int count, Function<Integer, T> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        Callable<T> task = () -> {
          start.await();
          return call.apply(index);
        };
        futures.add(threads.submit(task));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
