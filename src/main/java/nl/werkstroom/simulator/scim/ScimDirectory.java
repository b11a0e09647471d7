package nl.werkstroom.simulator.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The simulated directory: Users and Groups kept in the {@link SimulatorStore} as the JSON a
 * directory would keep, with the rules of RFC 7643/7644 that matter to a provisioning client:
 * unique userName (and group displayName), case-insensitive lookups, {@code meta.version} as a
 * weak ETag that changes with every change, {@code If-Match} checked, a User's {@code groups}
 * derived from the groups' members, and a deleted User removed from every group. Changes are
 * serialised, so two requests cannot both take the same userName.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class ScimDirectory {

  static final String SYSTEM = "scim";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SimulatorStore store;
  private final Clock clock = Clock.systemUTC();

  ScimDirectory(SimulatorStore store) {
    this.store = store;
  }

  // Reading

  ObjectNode get(ScimResourceType type, String id) {
    return store.get(SYSTEM, type.endpoint(), id, ObjectNode.class).orElseThrow(() -> ScimException.notFound(id));
  }

  List<ObjectNode> find(ScimResourceType type, String filter) {
    if (filter == null || filter.isBlank()) {
      return store.list(SYSTEM, type.endpoint(), ObjectNode.class);
    }
    ScimFilter parsed = ScimFilter.parse(filter, type.filterAttributes());
    List<ObjectNode> candidates = parsed.attribute().equals(type.uniqueAttribute())
        ? store.findByLookupKey(SYSTEM, type.endpoint(), parsed.lookupKey(), ObjectNode.class)
        : store.list(SYSTEM, type.endpoint(), ObjectNode.class);
    return candidates.stream().filter(resource -> parsed.matches(resource.path(parsed.attribute()).textValue())).toList();
  }

  // Changing

  synchronized ObjectNode create(ScimResourceType type, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ScimException.badRequest("invalidSyntax", "The request body must be a JSON object.");
    }
    if (!containsText(body.get("schemas"), type.schema())) {
      throw ScimException.badRequest("invalidSyntax", "The attribute 'schemas' must contain " + type.schema() + ".");
    }
    ObjectNode resource = NODES.objectNode();
    ScimValues values = values(type);
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      // The client does not choose the id, and meta and groups are the directory's (RFC 7643 section 3.1).
      if (Set.of("schemas", "id", "meta", "groups").contains(field.getKey())) {
        continue;
      }
      String attribute = type.writableAttribute(field.getKey());
      values.normalize(attribute, field.getValue()).ifPresent(value -> resource.set(attribute, value));
    }
    if (!resource.path(type.uniqueAttribute()).isTextual()) {
      throw ScimValues.invalid("A required value was missing: " + type.uniqueAttribute() + ".");
    }
    if (type == ScimResourceType.USER && !resource.has("active")) {
      resource.put("active", true);
    }
    String id = UUID.randomUUID().toString();
    checkUnique(type, resource, id);
    String now = now();
    resource.put("id", id);
    resource.putObject("meta")
        .put("resourceType", type.resourceType())
        .put("created", now)
        .put("lastModified", now)
        .put("version", version(1));
    save(type, resource);
    return resource;
  }

  synchronized ObjectNode patch(ScimResourceType type, String id, JsonNode request, String ifMatch) {
    ObjectNode current = get(type, id);
    checkVersion(current, ifMatch);
    ObjectNode changed = current.deepCopy();
    new ScimPatch(type, values(type)).apply(changed, request);
    if (!changed.path(type.uniqueAttribute()).isTextual()) {
      throw ScimValues.invalid("A required value was missing: " + type.uniqueAttribute() + ".");
    }
    checkUnique(type, changed, id);
    if (!changed.equals(current)) {
      touch(changed);
      save(type, changed);
    }
    return changed;
  }

  synchronized void delete(ScimResourceType type, String id, String ifMatch) {
    checkVersion(get(type, id), ifMatch);
    store.delete(SYSTEM, type.endpoint(), id);
    for (ObjectNode group : store.list(SYSTEM, ScimResourceType.GROUP.endpoint(), ObjectNode.class)) {
      if (group.get("members") instanceof ArrayNode members && removeMember(members, id)) {
        touch(group);
        save(ScimResourceType.GROUP, group);
      }
    }
  }

  // Rendering

  /**
   * The resource as the directory returns it: schemas, meta with its location, a User's groups and
   * a Group's members with their display names and references; minus the excluded attributes.
   */
  ObjectNode render(ScimResourceType type, ObjectNode stored, String baseUrl, String excludedAttributes) {
    ObjectNode out = NODES.objectNode();
    out.putArray("schemas").add(type.schema());
    out.put("id", stored.path("id").asText());
    stored.properties().forEach(field -> {
      if (!Set.of("id", "meta", "members").contains(field.getKey())) {
        out.set(field.getKey(), field.getValue());
      }
    });
    Set<String> excluded = excluded(excludedAttributes);
    if (type == ScimResourceType.USER && !excluded.contains("groups")) {
      out.set("groups", groupsOf(stored.path("id").asText(), baseUrl));
    } else if (type == ScimResourceType.GROUP && !excluded.contains("members")) {
      out.set("members", renderMembers(stored.path("members"), baseUrl));
    }
    ObjectNode meta = stored.path("meta").deepCopy();
    meta.put("location", location(type, stored, baseUrl));
    out.set("meta", meta);
    List<String> names = new ArrayList<>();
    out.fieldNames().forEachRemaining(names::add);
    names.stream()
        .filter(name -> excluded.contains(name.toLowerCase(Locale.ROOT)))
        .filter(name -> type.alwaysReturned().noneMatch(name::equals))
        .forEach(out::remove);
    return out;
  }

  static String location(ScimResourceType type, ObjectNode stored, String baseUrl) {
    return baseUrl + "/" + type.endpoint() + "/" + stored.path("id").asText();
  }

  static String version(ObjectNode stored) {
    return stored.path("meta").path("version").asText();
  }

  private ArrayNode groupsOf(String userId, String baseUrl) {
    ArrayNode groups = NODES.arrayNode();
    for (ObjectNode group : store.list(SYSTEM, ScimResourceType.GROUP.endpoint(), ObjectNode.class)) {
      for (JsonNode member : group.path("members")) {
        if (userId.equals(member.path("value").asText())) {
          groups.addObject()
              .put("value", group.path("id").asText())
              .put("$ref", location(ScimResourceType.GROUP, group, baseUrl))
              .put("display", group.path("displayName").asText())
              .put("type", "direct");
        }
      }
    }
    return groups;
  }

  private ArrayNode renderMembers(JsonNode members, String baseUrl) {
    ArrayNode rendered = NODES.arrayNode();
    for (JsonNode member : members) {
      String id = member.path("value").asText();
      ScimResourceType memberType = "Group".equals(member.path("type").asText()) ? ScimResourceType.GROUP : ScimResourceType.USER;
      ObjectNode item = rendered.addObject().put("value", id);
      store.get(SYSTEM, memberType.endpoint(), id, ObjectNode.class).ifPresent(resource -> item
          .put("$ref", location(memberType, resource, baseUrl))
          .put("display", resource.path("displayName").asText(resource.path("userName").asText())));
      item.put("type", memberType.resourceType());
    }
    return rendered;
  }

  // Plumbing

  private ScimValues values(ScimResourceType type) {
    return new ScimValues(type, this::memberTypeOf);
  }

  private Optional<String> memberTypeOf(String id) {
    if (store.get(SYSTEM, ScimResourceType.USER.endpoint(), id, ObjectNode.class).isPresent()) {
      return Optional.of("User");
    }
    return store.get(SYSTEM, ScimResourceType.GROUP.endpoint(), id, ObjectNode.class).map(group -> "Group");
  }

  private void checkUnique(ScimResourceType type, ObjectNode resource, String id) {
    String key = lookupKey(type, resource);
    boolean taken = store.findByLookupKey(SYSTEM, type.endpoint(), key, ObjectNode.class).stream()
        .anyMatch(other -> !id.equals(other.path("id").asText()));
    if (taken) {
      // The value itself (a userName is personal data) stays out of the detail.
      throw new ScimException(HttpStatus.CONFLICT, "uniqueness", "One or more of the attribute values are already "
          + "in use or are reserved: " + type.uniqueAttribute() + " must be unique.");
    }
  }

  private static void checkVersion(ObjectNode current, String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
      return;
    }
    String version = opaque(version(current));
    boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim).map(ScimDirectory::opaque).anyMatch(version::equals);
    if (!matches) {
      throw new ScimException(HttpStatus.PRECONDITION_FAILED, null, "Failed to update. Resource changed on the server.");
    }
  }

  private static String opaque(String etag) {
    return etag.startsWith("W/") ? etag.substring(2) : etag;
  }

  private void touch(ObjectNode resource) {
    ObjectNode meta = (ObjectNode) resource.get("meta");
    String version = opaque(meta.path("version").asText("\"0\""));
    long number = Long.parseLong(version.replace("\"", ""));
    meta.put("lastModified", now()).put("version", version(number + 1));
  }

  private void save(ScimResourceType type, ObjectNode resource) {
    store.put(SYSTEM, type.endpoint(), resource.path("id").asText(), lookupKey(type, resource), resource);
  }

  private static String lookupKey(ScimResourceType type, ObjectNode resource) {
    return resource.path(type.uniqueAttribute()).asText().toLowerCase(Locale.ROOT);
  }

  private static boolean removeMember(ArrayNode members, String id) {
    boolean removed = false;
    for (Iterator<JsonNode> it = members.iterator(); it.hasNext(); ) {
      if (id.equals(it.next().path("value").asText())) {
        it.remove();
        removed = true;
      }
    }
    return removed;
  }

  private static String version(long number) {
    return "W/\"" + number + "\"";
  }

  private String now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
  }

  private static boolean containsText(JsonNode array, String text) {
    if (array == null || !array.isArray()) {
      return false;
    }
    for (JsonNode item : array) {
      if (text.equals(item.asText())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> excluded(String excludedAttributes) {
    if (excludedAttributes == null || excludedAttributes.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(excludedAttributes.split(",")).map(String::trim).filter(name -> !name.isEmpty())
        .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

}
