package nl.werkstroom.subsidie.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkstroom.support.RestApi;
import nl.werkstroom.support.RestApi.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The load: {@code aantal} subsidy requests posted over HTTP as the municipality's website, their
 * user tasks worked through the task REST API by a behandelaar and a mandaathouder, and the
 * objection-period timers fired, until every instance has ended.
 */
final class Werklast {

  static final String PROCESS = "subsidieaanvraag";
  private static final List<String> BEZWAARTERMIJNEN = List.of("Event_BezwaartermijnVaststellingVerstreken",
      "Event_BezwaartermijnWeigeringVerstreken", "Event_BezwaartermijnBuitenBehandelingVerstreken");
  private static final int INDIENERS = 4;
  private static final Duration UITERLIJK = Duration.ofMinutes(40);

  private final int port;
  private final String engineRest;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ManagementService managementService;
  private final AtomicBoolean klaar = new AtomicBoolean();
  private final AtomicLong afgerondeTaken = new AtomicLong();
  private final AtomicLong afgevuurdeTimers = new AtomicLong();
  private final ConcurrentLinkedQueue<String> fouten = new ConcurrentLinkedQueue<>();

  Werklast(int port, String engineName, RuntimeService runtimeService, HistoryService historyService,
      ManagementService managementService) {
    this.port = port;
    this.engineRest = "/engine-rest/engine/" + engineName;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.managementService = managementService;
  }

  /** Runs the load; the wall clock runs from the first POST to the end of the last instance. */
  Uitslag voerUit(int aantal) throws Exception {
    ExecutorService medewerkers = Executors.newFixedThreadPool(4);
    List<Future<?>> werk = new ArrayList<>();
    werk.add(medewerkers.submit(() -> behandel("sanne", "Task_VolledigheidBeoordelen",
        taak -> Map.of("aanvraagVolledig", Map.of("value", true)))));
    werk.add(medewerkers.submit(() -> behandel("daan", "Task_AanvraagBeoordelen", taak -> Map.of(
        "voorstel", Map.of("value", "verlenen"),
        "toegekendBedrag", Map.of("value", aangevraagdBedrag(taak), "type", "Double"),
        "beoordelingToelichting", Map.of("value", "Voldoet aan de regeling.")))));
    werk.add(medewerkers.submit(() -> behandel("henk", "Task_BesluitNemen",
        taak -> Map.of("besluitAkkoord", Map.of("value", true)))));
    werk.add(medewerkers.submit(this::bezwaartermijnenLatenVerstrijken));

    Instant eersteAanvraag = Instant.now();
    ExecutorService indieners = Executors.newFixedThreadPool(INDIENERS);
    List<Future<Integer>> ingediend = new ArrayList<>();
    for (int i = 0; i < aantal; i++) {
      int nummer = i;
      ingediend.add(indieners.submit(() -> dienIn(nummer)));
    }
    long status201 = 0;
    for (Future<Integer> status : ingediend) {
      if (status.get() == 201) {
        status201++;
      }
    }
    indieners.shutdown();
    Instant laatsteAanvraag = Instant.now();
    System.out.printf("All %d requests posted in %.1f s; now waiting for the instances to end%n", aantal,
        Duration.between(eersteAanvraag, laatsteAanvraag).toMillis() / 1000.0);

    Instant deadline = Instant.now().plus(UITERLIJK);
    long beeindigd;
    while ((beeindigd = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .finished().count()) < aantal) {
      if (Instant.now().isAfter(deadline)) {
        klaar.set(true);
        throw new IllegalStateException("Only " + beeindigd + " of " + aantal + " instances ended within "
            + UITERLIJK.toMinutes() + " minutes; incidents: " + runtimeService.createIncidentQuery().count());
      }
      Thread.sleep(500);
    }
    klaar.set(true);
    medewerkers.shutdown();
    medewerkers.awaitTermination(30, TimeUnit.SECONDS);
    Instant laatsteEinde = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .finished().orderByProcessInstanceEndTime().desc().listPage(0, 1).get(0).getEndTime().toInstant();
    return new Uitslag(aantal, status201, eersteAanvraag, laatsteAanvraag, laatsteEinde, afgerondeTaken.get(),
        afgevuurdeTimers.get(), List.copyOf(fouten));
  }

  /** Up to EUR 5,000, so each request falls in the lowest tier: granted and paid at once. */
  static double bedrag(int nummer) {
    return 250 + (nummer * 37L % 19) * 250;
  }

  private int dienIn(int nummer) {
    Map<String, Object> aanvraag = new java.util.HashMap<>();
    aanvraag.put("gemeente", "leiden");
    aanvraag.put("regeling", SubsidieBenchmark.REGELING);
    aanvraag.put("soortAanvrager", "persoon");
    aanvraag.put("bsn", "999990408");
    aanvraag.put("aanvragerNaam", "Aanvrager " + nummer);
    aanvraag.put("email", "aanvrager" + nummer + "@voorbeeld.nl");
    aanvraag.put("activiteit", "Sportdag " + nummer);
    aanvraag.put("startdatumActiviteit", "2027-04-01");
    aanvraag.put("einddatumActiviteit", "2027-04-30");
    aanvraag.put("aangevraagdBedrag", bedrag(nummer));
    aanvraag.put("begroting", bedrag(nummer) * 2);
    aanvraag.put("iban", "NL91ABNA0417164300");
    aanvraag.put("rekeninghouder", "Aanvrager " + nummer);
    Answer answer = RestApi.as(port, "loket").post("/api/subsidie/aanvragen", aanvraag);
    if (answer.status() != 201 && answer.status() != 202) {
      fouten.add("POST " + nummer + ": " + answer);
    }
    return answer.status();
  }

  private interface Invulling {
    Map<String, Object> variabelen(JsonNode taak);
  }

  /** One employee: claims and completes the open tasks of one kind, as long as the run lasts. */
  private void behandel(String user, String taskDefinitionKey, Invulling invulling) {
    RestApi api = RestApi.as(port, user);
    while (!klaar.get()) {
      JsonNode taken = api.get(engineRest + "/task?taskDefinitionKey=" + taskDefinitionKey
          + "&processDefinitionKey=" + PROCESS + "&unassigned=true&maxResults=50").json();
      if (taken.isEmpty()) {
        pauzeer(100);
        continue;
      }
      for (JsonNode taak : taken) {
        String id = taak.get("id").asText();
        Map<String, Object> variabelen = invulling.variabelen(formulier(api, id));
        Answer claimed = api.post(engineRest + "/task/" + id + "/claim", Map.of("userId", user));
        Answer completed = api.post(engineRest + "/task/" + id + "/complete", Map.of("variables", variabelen));
        if (claimed.status() != 204 || completed.status() != 204) {
          fouten.add(taskDefinitionKey + " " + id + ": " + claimed + " / " + completed);
        } else {
          afgerondeTaken.incrementAndGet();
        }
      }
    }
  }

  private JsonNode formulier(RestApi api, String taskId) {
    return api.get(engineRest + "/task/" + taskId + "/form-variables").json();
  }

  private static double aangevraagdBedrag(JsonNode formulier) {
    return formulier.path("aangevraagdBedrag").path("value").asDouble();
  }

  /** The six weeks of the objection period pass at once: each waiting timer job is executed now. */
  private void bezwaartermijnenLatenVerstrijken() {
    while (!klaar.get()) {
      boolean gevonden = false;
      for (String activiteit : BEZWAARTERMIJNEN) {
        for (Job job : managementService.createJobQuery().activityId(activiteit).timers().listPage(0, 100)) {
          gevonden = true;
          try {
            managementService.executeJob(job.getId());
            afgevuurdeTimers.incrementAndGet();
          } catch (RuntimeException e) {
            fouten.add("timer " + job.getId() + ": " + e.getMessage());
          }
        }
      }
      if (!gevonden) {
        pauzeer(200);
      }
    }
  }

  private static void pauzeer(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What the run achieved. */
  record Uitslag(int aantal, long status201, Instant eersteAanvraag, Instant laatsteAanvraag, Instant laatsteEinde,
      long afgerondeTaken, long afgevuurdeTimers, List<String> fouten) {

    Duration wandklok() {
      return Duration.between(eersteAanvraag, laatsteEinde);
    }

    double aanvragenPerSeconde() {
      return aantal / (wandklok().toMillis() / 1000.0);
    }
  }
}
