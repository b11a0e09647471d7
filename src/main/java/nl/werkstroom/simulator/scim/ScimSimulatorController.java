package nl.werkstroom.simulator.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import nl.werkstroom.integration.scim.ScimSchemas;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A SCIM 2.0 service provider (RFC 7644) under {@code /simulator/scim/v2}: {@code /Users} and
 * {@code /Groups} with POST, GET (by id and with a filter), PATCH and DELETE, and
 * {@code /ServiceProviderConfig}. Every request needs the configured bearer token (RFC 6750);
 * answers are {@code application/scim+json}, errors the SCIM error message of section 3.12.
 */
@RestController
@RequestMapping(ScimSimulatorController.BASE)
@ConditionalOnProperty("werkstroom.simulators.enabled")
class ScimSimulatorController {

  static final String BASE = "/simulator/scim/v2";
  private static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimSchemas.MEDIA_TYPE);
  private static final int MAX_RESULTS = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ScimDirectory directory;
  private final ScimSimulatorProperties properties;

  ScimSimulatorController(ScimDirectory directory, ScimSimulatorProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  /** Runs before every handler: no valid bearer token, no answer but 401 (RFC 7644 section 2). */
  @ModelAttribute
  void authenticate(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    String expected = properties.token();
    boolean valid = expected != null && !expected.isBlank() && authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && MessageDigest.isEqual(authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8),
            expected.getBytes(StandardCharsets.UTF_8));
    if (!valid) {
      throw new ScimException(HttpStatus.UNAUTHORIZED, null,
          "Authorization failure. The authorization header is invalid or missing.");
    }
  }

  @GetMapping("/ServiceProviderConfig")
  ResponseEntity<JsonNode> serviceProviderConfig() {
    ObjectNode config = NODES.objectNode();
    config.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
    config.putObject("patch").put("supported", true);
    config.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
    config.putObject("filter").put("supported", true).put("maxResults", MAX_RESULTS);
    config.putObject("changePassword").put("supported", false);
    config.putObject("sort").put("supported", false);
    config.putObject("etag").put("supported", true);
    config.putArray("authenticationSchemes").addObject()
        .put("type", "oauthbearertoken")
        .put("name", "OAuth Bearer Token")
        .put("description", "Authentication with the bearer token configured in werkstroom.simulators.scim.token");
    return scim(HttpStatus.OK, config);
  }

  @PostMapping("/{endpoint:Users|Groups}")
  ResponseEntity<JsonNode> create(@PathVariable String endpoint, @RequestBody JsonNode body) {
    ScimResourceType type = type(endpoint);
    ObjectNode created = directory.render(type, directory.create(type, body), baseUrl(), null);
    return ResponseEntity.created(URI.create(created.path("meta").path("location").asText()))
        .contentType(SCIM_JSON)
        .eTag(created.path("meta").path("version").asText())
        .body(created);
  }

  @GetMapping("/{endpoint:Users|Groups}/{id}")
  ResponseEntity<JsonNode> get(@PathVariable String endpoint, @PathVariable String id,
      @RequestParam(required = false) String excludedAttributes) {
    ScimResourceType type = type(endpoint);
    ObjectNode stored = directory.get(type, id);
    return ResponseEntity.ok()
        .contentType(SCIM_JSON)
        .eTag(ScimDirectory.version(stored))
        .body(directory.render(type, stored, baseUrl(), excludedAttributes));
  }

  @GetMapping("/{endpoint:Users|Groups}")
  ResponseEntity<JsonNode> query(@PathVariable String endpoint,
      @RequestParam(required = false) String filter,
      @RequestParam(defaultValue = "1") int startIndex,
      @RequestParam(defaultValue = "" + MAX_RESULTS) int count,
      @RequestParam(required = false) String excludedAttributes) {
    ScimResourceType type = type(endpoint);
    List<ObjectNode> found = directory.find(type, filter);
    int from = Math.max(startIndex, 1) - 1;
    int size = Math.max(0, Math.min(count, MAX_RESULTS));
    List<ObjectNode> page = found.stream().skip(from).limit(size).toList();
    ObjectNode answer = NODES.objectNode();
    answer.putArray("schemas").add(ScimSchemas.LIST_RESPONSE);
    answer.put("totalResults", found.size());
    answer.put("startIndex", from + 1);
    answer.put("itemsPerPage", page.size());
    ArrayNode resources = answer.putArray("Resources");
    String baseUrl = baseUrl();
    page.forEach(resource -> resources.add(directory.render(type, resource, baseUrl, excludedAttributes)));
    return scim(HttpStatus.OK, answer);
  }

  @PatchMapping("/{endpoint:Users|Groups}/{id}")
  ResponseEntity<JsonNode> patch(@PathVariable String endpoint, @PathVariable String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody JsonNode body) {
    ScimResourceType type = type(endpoint);
    ObjectNode changed = directory.patch(type, id, body, ifMatch);
    return ResponseEntity.ok()
        .contentType(SCIM_JSON)
        .eTag(ScimDirectory.version(changed))
        .body(directory.render(type, changed, baseUrl(), null));
  }

  @DeleteMapping("/{endpoint:Users|Groups}/{id}")
  ResponseEntity<Void> delete(@PathVariable String endpoint, @PathVariable String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    directory.delete(type(endpoint), id, ifMatch);
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(ScimException.class)
  ResponseEntity<JsonNode> error(ScimException e) {
    ObjectNode error = NODES.objectNode();
    error.putArray("schemas").add(ScimSchemas.ERROR);
    error.put("status", String.valueOf(e.status().value()));
    if (e.scimType() != null) {
      error.put("scimType", e.scimType());
    }
    error.put("detail", e.getMessage());
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).contentType(SCIM_JSON);
    if (e.status() == HttpStatus.UNAUTHORIZED) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Werkstroom SCIM-simulator\"");
    }
    return answer.body(error);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<JsonNode> unreadable(HttpMessageNotReadableException e) {
    return error(ScimException.badRequest("invalidSyntax", "The request body could not be parsed as JSON."));
  }

  private static ScimResourceType type(String endpoint) {
    return "Users".equals(endpoint) ? ScimResourceType.USER : ScimResourceType.GROUP;
  }

  private static String baseUrl() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).build().toUriString();
  }

  private static ResponseEntity<JsonNode> scim(HttpStatus status, JsonNode body) {
    return ResponseEntity.status(status).contentType(SCIM_JSON).body(body);
  }
}
