package nl.werkstroom.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a manager clicks through to: Cockpit for a process version (its incidents tab for
 * incidents), Tasklist with a search a manager would otherwise type. Relative URLs, so they work
 * behind any host name. Tasklist reads its search from the {@code searchQuery} parameter: a JSON
 * list of {@code {type, operator, value}} with the criteria of its search bar
 * ({@code candidateGroup}, {@code processDefinitionKey}, {@code taskDefinitionKey},
 * {@code tenantIdIn}), as its own code (camunda-tasklist-bootstrap.js, 7.24) names them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Links(String cockpit, String tasklist) {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String COCKPIT = "/camunda/app/cockpit/default/#/process-definition/";
  static final String TASKLIST = "/camunda/app/tasklist/default/#/?searchQuery=";

  public static Links cockpit(String definitieId) {
    return definitieId == null ? null : new Links(COCKPIT + definitieId + "/runtime", null);
  }

  public static Links cockpitIncidenten(String definitieId) {
    return definitieId == null ? null : new Links(COCKPIT + definitieId + "/runtime?detailsTab=incidents-tab", null);
  }

  /** Tasklist, searching the open tasks of a process in a municipality, optionally of one group or one user task. */
  public static Links tasklist(String proces, String gemeente, String groep, String taak) {
    List<Map<String, String>> zoek = new ArrayList<>();
    if (groep != null && !groep.isEmpty()) {
      zoek.add(criterium("candidateGroup", "eq", groep));
    }
    zoek.add(criterium("processDefinitionKey", "eq", proces));
    if (taak != null) {
      zoek.add(criterium("taskDefinitionKey", "eq", taak));
    }
    if (gemeente != null && !gemeente.isEmpty()) {
      zoek.add(criterium("tenantIdIn", "In", gemeente));
    }
    try {
      String query = URLEncoder.encode(JSON.writeValueAsString(zoek), StandardCharsets.UTF_8).replace("+", "%20");
      return new Links(null, TASKLIST + query);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> criterium(String type, String operator, String value) {
    Map<String, String> criterium = new LinkedHashMap<>();
    criterium.put("type", type);
    criterium.put("operator", operator);
    criterium.put("value", value);
    return criterium;
  }
}
