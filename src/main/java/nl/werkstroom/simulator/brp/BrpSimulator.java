package nl.werkstroom.simulator.brp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Haal Centraal BRP Personen bevragen API 2 (2.6) as far as Werkstroom uses it:
 * {@code POST /personen} with {@code RaadpleegMetBurgerservicenummer}, under
 * {@code /simulator/brp/haalcentraal/api/brp}. It checks the {@code X-API-KEY} (401 without, 403
 * with a wrong one), validates the request as the API's features describe (required parameters,
 * BSN pattern, 1 to 20 BSNs, fields that exist and may be asked for, the gemeentecode) and answers
 * errors as {@code application/problem+json} with {@code invalidParams}. An unknown BSN gives 200
 * with no person, as the real API does. Like the real API it checks the BSN's pattern, not the
 * elfproef. Request bodies are never logged: they carry BSNs.
 */
@RestController
@RequestMapping("/simulator/brp/haalcentraal/api/brp")
@ConditionalOnProperty("werkstroom.simulators.enabled")
class BrpSimulator {

  static final String SYSTEM = "brp";
  static final String PERSONEN = "personen";

  private static final String BAD_REQUEST_TYPE = "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1";
  private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
  private static final Pattern BSN = Pattern.compile("^[0-9]{9}$");
  private static final Pattern FIELD = Pattern.compile("^[a-zA-Z0-9\\._]{1,200}$");
  private static final Pattern GEMEENTE = Pattern.compile("^[0-9]{4}$");
  private static final Set<String> PARAMETERS = Set.of("type", "burgerservicenummer", "fields", "gemeenteVanInschrijving");
  private static final Set<String> OTHER_QUERIES = Set.of("ZoekMetGeslachtsnaamEnGeboortedatum",
      "ZoekMetNaamEnGemeenteVanInschrijving", "ZoekMetPostcodeEnHuisnummer",
      "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving", "ZoekMetNummeraanduidingIdentificatie",
      "ZoekMetAdresseerbaarObjectIdentificatie");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final SimulatorStore store;
  private final ObjectMapper json;
  private final BrpSimulatorProperties properties;
  private final Clock clock = Clock.system(ZONE);

  BrpSimulator(SimulatorStore store, ObjectMapper json, BrpSimulatorProperties properties) {
    this.store = store;
    this.json = json;
    this.properties = properties;
  }

  @PostMapping("/personen")
  ResponseEntity<JsonNode> personen(@RequestHeader(name = "X-API-KEY", required = false) String apiKey,
      @RequestBody(required = false) byte[] body, HttpServletRequest request) {
    if (apiKey == null || apiKey.isBlank()) {
      return problem(HttpStatus.UNAUTHORIZED, "https://datatracker.ietf.org/doc/html/rfc7235#section-3.1",
          "Niet correct geauthenticeerd.", "Geef de API-key mee in de header X-API-KEY.", "authentication", request, null);
    }
    if (!matches(apiKey, properties.apiKey())) {
      return problem(HttpStatus.FORBIDDEN, "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.3",
          "U bent niet geautoriseerd voor deze operatie.", "De API-key is niet bekend.", "autorisation", request, null);
    }
    if (request.getContentType() == null || !MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON)) {
      return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.13",
          "Media Type wordt niet ondersteund.", "Stuur de zoekvraag als application/json.", "unsupported", request, null);
    }
    JsonNode query = parse(body);
    if (query == null || !query.isObject()) {
      return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TYPE, "Een of meerdere parameters zijn niet correct.",
          "De request body is geen JSON object.", "paramsValidation", request, null);
    }

    Validation validation = new Validation();
    JsonNode type = query.get("type");
    if (type == null || type.isNull()) {
      validation.required("type");
    } else if (OTHER_QUERIES.contains(type.asText())) {
      return problem(HttpStatus.NOT_IMPLEMENTED, "https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.2",
          "Not Implemented", "De simulator ondersteunt alleen RaadpleegMetBurgerservicenummer.", "notImplemented", request, null);
    } else if (!"RaadpleegMetBurgerservicenummer".equals(type.asText())) {
      validation.invalid("value", "type", "Waarde is geen geldige zoek type.");
    }
    query.fieldNames().forEachRemaining(name -> {
      if (!PARAMETERS.contains(name)) {
        validation.invalid("unknownParam", name, "Parameter is niet verwacht.");
      }
    });
    List<String> bsns = validateBsns(query.get("burgerservicenummer"), validation);
    List<String> fields = validateFields(query.get("fields"), validation);
    String gemeente = null;
    JsonNode gemeenteNode = query.get("gemeenteVanInschrijving");
    if (gemeenteNode != null && !gemeenteNode.isNull()) {
      gemeente = gemeenteNode.asText();
      if (!gemeenteNode.isTextual() || !GEMEENTE.matcher(gemeente).matches()) {
        validation.invalid("pattern", "gemeenteVanInschrijving", "Waarde voldoet niet aan patroon ^[0-9]{4}$.");
      }
    }
    if (validation.hasRequired()) {
      return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TYPE, "Minimale combinatie van parameters moet worden opgegeven.",
          validation.detail(true), "paramsCombination", request, validation.params(true));
    }
    if (validation.hasErrors()) {
      return problem(HttpStatus.BAD_REQUEST, BAD_REQUEST_TYPE, "Een of meerdere parameters zijn niet correct.",
          validation.detail(false), "paramsValidation", request, validation.params(false));
    }

    ArrayNode personen = json.createArrayNode();
    for (String bsn : new LinkedHashSet<>(bsns)) {
      Optional<ObjectNode> stored = store.get(SYSTEM, PERSONEN, bsn, ObjectNode.class);
      if (stored.isEmpty()) {
        continue;
      }
      ObjectNode persoon = stored.get();
      if (gemeente != null && !gemeente.equals(persoon.path("gemeenteVanInschrijving").path("code").asText())) {
        continue;
      }
      withLeeftijd(persoon);
      personen.add(BrpFields.project(persoon, fields));
    }
    ObjectNode response = json.createObjectNode();
    response.put("type", "RaadpleegMetBurgerservicenummer");
    response.set("personen", personen);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
  }

  private List<String> validateBsns(JsonNode node, Validation validation) {
    List<String> bsns = new ArrayList<>();
    if (node == null || node.isNull()) {
      validation.required("burgerservicenummer");
    } else if (!node.isArray()) {
      validation.invalid("array", "burgerservicenummer", "Parameter is geen array.");
    } else if (node.isEmpty()) {
      validation.invalid("minItems", "burgerservicenummer", "Array bevat minder dan 1 items.");
    } else if (node.size() > 20) {
      validation.invalid("maxItems", "burgerservicenummer", "Array bevat meer dan 20 items.");
    } else {
      for (int i = 0; i < node.size(); i++) {
        JsonNode bsn = node.get(i);
        if (!bsn.isTextual() || !BSN.matcher(bsn.asText()).matches()) {
          validation.invalid("pattern", "burgerservicenummer[" + i + "]", "Waarde voldoet niet aan patroon ^[0-9]{9}$.");
        } else {
          bsns.add(bsn.asText());
        }
      }
    }
    return bsns;
  }

  private List<String> validateFields(JsonNode node, Validation validation) {
    List<String> fields = new ArrayList<>();
    if (node == null || node.isNull()) {
      validation.required("fields");
    } else if (!node.isArray()) {
      validation.invalid("array", "fields", "Parameter is geen array.");
    } else if (node.isEmpty()) {
      validation.invalid("minItems", "fields", "Array bevat minder dan 1 items.");
    } else if (node.size() > 130) {
      validation.invalid("maxItems", "fields", "Array bevat meer dan 130 items.");
    } else {
      for (int i = 0; i < node.size(); i++) {
        JsonNode field = node.get(i);
        String name = "fields[" + i + "]";
        if (!field.isTextual() || !FIELD.matcher(field.asText()).matches()) {
          validation.invalid("pattern", name, "Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$.");
          continue;
        }
        switch (BrpFields.check(field.asText())) {
          case VALID -> fields.add(field.asText());
          case UNKNOWN -> validation.invalid("fields", name, "Parameter bevat een niet bestaande veldnaam.");
          case NOT_ALLOWED -> validation.invalid("fields", name, "Parameter bevat een niet toegestane veldnaam.");
        }
      }
    }
    return fields;
  }

  /** Leeftijd on the day of the request, for a person who is alive (the API gives none for the deceased). */
  private void withLeeftijd(ObjectNode persoon) {
    String geboortedatum = persoon.path("geboorte").path("datum").path("datum").asText(null);
    if (geboortedatum != null && !persoon.has("overlijden")) {
      persoon.put("leeftijd", Period.between(LocalDate.parse(geboortedatum), LocalDate.now(clock)).getYears());
    }
  }

  private JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (Exception notJson) {
      return null;
    }
  }

  private static boolean matches(String given, String expected) {
    if (expected == null || expected.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private ResponseEntity<JsonNode> problem(HttpStatus status, String type, String title, String detail, String code,
      HttpServletRequest request, ArrayNode invalidParams) {
    ObjectNode problem = json.createObjectNode();
    problem.put("type", type);
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    problem.put("code", code);
    if (invalidParams != null) {
      problem.set("invalidParams", invalidParams);
    }
    return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
  }

  /** The invalid parameters of one request, reported all at once as the API does. */
  private final class Validation {

    private record Invalid(String code, String name, String reason) {
    }

    private final List<Invalid> invalid = new ArrayList<>();

    void required(String name) {
      invalid.add(new Invalid("required", name, "Parameter is verplicht."));
    }

    void invalid(String code, String name, String reason) {
      invalid.add(new Invalid(code, name, reason));
    }

    boolean hasErrors() {
      return !invalid.isEmpty();
    }

    boolean hasRequired() {
      return invalid.stream().anyMatch(i -> i.code().equals("required"));
    }

    private List<Invalid> selected(boolean requiredOnly) {
      return invalid.stream().filter(i -> !requiredOnly || i.code().equals("required")).toList();
    }

    String detail(boolean requiredOnly) {
      return "De foutieve parameter(s) zijn: "
          + String.join(", ", selected(requiredOnly).stream().map(Invalid::name).distinct().toList()) + ".";
    }

    ArrayNode params(boolean requiredOnly) {
      ArrayNode params = json.createArrayNode();
      for (Invalid i : selected(requiredOnly)) {
        ObjectNode param = params.addObject();
        param.put("type", BAD_REQUEST_TYPE);
        param.put("name", i.name());
        param.put("code", i.code());
        param.put("reason", i.reason());
      }
      return params;
    }
  }
}
