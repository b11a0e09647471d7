package nl.werkstroom.dashboard.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is measured: every dashboard endpoint as a manager of one municipality (marieke) and as the
 * administrator of both (admin), with the default period (12 weeks) and with a year, one CSV download;
 * and the task list of a behandelaar (sanne) the way Tasklist asks it for the filter "Taken van mijn
 * groepen", and the plain task query by candidate group.
 */
final class Verzoeken {

  /** {@code werkstroom.benchmark.alleen}: {@code dashboard} or {@code tasklist} measures only those rows. */
  private static final String ALLEEN = System.getProperty("werkstroom.benchmark.alleen", "");
  private static final List<String> MET_PERIODE = List.of("overzicht", "weken", "doorlooptijden", "wachttijden");
  private static final List<String> ZONDER_PERIODE = List.of("keuzes", "taken", "incidenten", "budgetten");
  private static final List<String> MANAGERS = List.of("marieke", "admin");
  private static final String GROEPSFILTER = "Taken van mijn groepen";
  /** What Tasklist posts for its first page: the list sorted by creation, newest first. */
  private static final String TASKLIST_SORTERING = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
  /** Tasklist's request for the filters it shows (it pages by 2,000, the engine's query limit). */
  private static final String FILTERS = "/engine-rest/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task";
  private static final String HAL = "application/hal+json, application/json; q=0.5";

  private final Meter meter;

  Verzoeken(Meter meter) {
    this.meter = meter;
  }

  List<Meter.Meting> allemaal() throws Exception {
    List<Meter.Meting> metingen = new ArrayList<>();
    if (!"tasklist".equals(ALLEEN)) {
      metingen.addAll(dashboard());
    }
    if (!"dashboard".equals(ALLEEN)) {
      metingen.addAll(tasklist());
    }
    return metingen;
  }

  private List<Meter.Meting> dashboard() throws Exception {
    List<Meter.Meting> metingen = new ArrayList<>();
    LocalDate vandaag = LocalDate.now();
    String jaar = "van=" + vandaag.minusWeeks(51) + "&tot=" + vandaag;
    for (String gebruiker : MANAGERS) {
      for (String endpoint : ZONDER_PERIODE) {
        metingen.add(meter.meet(endpoint, gebruiker, Meter.Verzoek.get("/api/dashboard/" + endpoint)));
      }
      for (String endpoint : MET_PERIODE) {
        metingen.add(meter.meet(endpoint + " (12 weeks)", gebruiker, Meter.Verzoek.get("/api/dashboard/" + endpoint)));
        metingen.add(meter.meet(endpoint + " (1 year)", gebruiker,
            Meter.Verzoek.get("/api/dashboard/" + endpoint + "?" + jaar)));
      }
    }
    metingen.add(meter.meet("doorlooptijden (1 year, CSV)", "admin",
        Meter.Verzoek.get("/api/dashboard/doorlooptijden?formaat=csv&" + jaar, "text/csv")));
    metingen.add(meter.meet("weken (1 year, CSV)", "admin",
        Meter.Verzoek.get("/api/dashboard/weken?formaat=csv&" + jaar, "text/csv")));
    return metingen;
  }

  /** Sanne (subsidie-behandelaar, Leiden) opens Tasklist on her groups' filter. */
  private List<Meter.Meting> tasklist() throws Exception {
    String filters = meter.haal("sanne", FILTERS);
    String filter = filterId(filters, GROEPSFILTER);
    String lijst = "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15";
    String groep = "subsidie-behandelaar";
    return List.of(
        meter.meet("Tasklist: the user's filters (GET /filter)", "sanne", Meter.Verzoek.get(FILTERS)),
        meter.meet("Tasklist: groups filter, first 15 (HAL, incl. count)", "sanne",
            Meter.Verzoek.post(lijst, HAL, TASKLIST_SORTERING)),
        meter.meet("groups filter, first 15 (JSON)", "sanne",
            Meter.Verzoek.post(lijst, "application/json", TASKLIST_SORTERING)),
        meter.meet("groups filter, count", "sanne",
            Meter.Verzoek.post("/engine-rest/filter/" + filter + "/count", "application/json", TASKLIST_SORTERING)),
        meter.meet("GET /task?candidateGroup=" + groep + " (15)", "sanne",
            Meter.Verzoek.get("/engine-rest/task?candidateGroup=" + URLEncoder.encode(groep, StandardCharsets.UTF_8)
                + "&unassigned=true&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15")),
        meter.meet("GET /task/count?candidateGroup=" + groep, "sanne",
            Meter.Verzoek.get("/engine-rest/task/count?candidateGroup=" + groep + "&unassigned=true")));
  }

  /** The id of the filter with this name in the JSON list of filters. */
  static String filterId(String filtersJson, String naam) throws Exception {
    for (JsonNode filter : new ObjectMapper().readTree(filtersJson)) {
      if (naam.equals(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new IllegalStateException("No filter named '" + naam + "' visible to the user: " + filtersJson);
  }
}
