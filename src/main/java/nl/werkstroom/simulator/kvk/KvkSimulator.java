package nl.werkstroom.simulator.kvk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The KVK Handelsregister API Basisprofiel (1.4) as far as Werkstroom uses it:
 * {@code GET /v1/basisprofielen/{kvkNummer}} under {@code /simulator/kvk/api}. It checks the
 * {@code apikey} header (401), the KVK number (8 digits, else 400 IPD0004), answers 404 IPD0005 for
 * a number it does not know, refuses query parameters other than {@code geoData} (400 IPD1999), and
 * returns the profile as {@code application/hal+json} with {@code links} to itself.
 */
@RestController
@RequestMapping("/simulator/kvk/api/v1/basisprofielen")
@ConditionalOnProperty("werkstroom.simulators.enabled")
class KvkSimulator {

  static final String SYSTEM = "kvk";
  static final String BASISPROFIELEN = "basisprofielen";

  private static final MediaType HAL_JSON = MediaType.parseMediaType("application/hal+json");
  private static final Pattern KVK_NUMMER = Pattern.compile("^[0-9]{8}$");
  private static final Set<String> QUERY_PARAMETERS = Set.of("geoData");

  private final SimulatorStore store;
  private final ObjectMapper json;
  private final KvkSimulatorProperties properties;

  KvkSimulator(SimulatorStore store, ObjectMapper json, KvkSimulatorProperties properties) {
    this.store = store;
    this.json = json;
    this.properties = properties;
  }

  @GetMapping("/{kvkNummer}")
  ResponseEntity<JsonNode> basisprofiel(@RequestHeader(name = "apikey", required = false) String apiKey,
      @PathVariable String kvkNummer, @RequestParam Map<String, String> query) {
    if (!matches(apiKey, properties.apiKey())) {
      return fout(HttpStatus.UNAUTHORIZED, "401",
          "Geen geldige API-key. Geef de API-key mee in de header 'apikey'.");
    }
    List<String> unsupported = query.keySet().stream().filter(name -> !QUERY_PARAMETERS.contains(name)).sorted().toList();
    if (!unsupported.isEmpty()) {
      return fout(HttpStatus.BAD_REQUEST, "IPD1999", "De opgegeven parameter(s) zijn ongeldig: " + String.join(", ", unsupported) + ".");
    }
    if (!KVK_NUMMER.matcher(kvkNummer).matches()) {
      return fout(HttpStatus.BAD_REQUEST, "IPD0004", "Het KVK-nummer " + kvkNummer + " is niet valide.");
    }
    return store.get(SYSTEM, BASISPROFIELEN, kvkNummer, ObjectNode.class)
        .map(profiel -> ResponseEntity.ok().contentType(HAL_JSON).body((JsonNode) withLinks(profiel)))
        .orElseGet(() -> fout(HttpStatus.NOT_FOUND, "IPD0005",
            "Het product is niet leverbaar voor KVK-nummer " + kvkNummer + "."));
  }

  /** Links as the real API gives them, made from the address this request came in on. */
  private ObjectNode withLinks(ObjectNode profiel) {
    String self = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
    profiel.set("links", links(Map.of("self", self, "vestigingen", self + "/vestigingen")));
    JsonNode embedded = profiel.path("_embedded");
    if (embedded.path("hoofdvestiging").isObject()) {
      ((ObjectNode) embedded.get("hoofdvestiging")).set("links",
          links(Map.of("self", self + "/hoofdvestiging", "basisprofiel", self)));
    }
    if (embedded.path("eigenaar").isObject()) {
      ((ObjectNode) embedded.get("eigenaar")).set("links", links(Map.of("self", self + "/eigenaar", "basisprofiel", self)));
    }
    return profiel;
  }

  private ArrayNode links(Map<String, String> hrefs) {
    ArrayNode links = json.createArrayNode();
    hrefs.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(link -> links.addObject().put("rel", link.getKey()).put("href", link.getValue()));
    return links;
  }

  private ResponseEntity<JsonNode> fout(HttpStatus status, String code, String omschrijving) {
    ObjectNode body = json.createObjectNode();
    body.putArray("fout").addObject().put("code", code).put("omschrijving", omschrijving);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static boolean matches(String given, String expected) {
    if (given == null || expected == null || expected.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
