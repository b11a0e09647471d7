package nl.werkstroom.simulator.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks and normalises the value of one attribute as a directory would (RFC 7643 types): booleans
 * for {@code active} (also the strings "True"/"False" that some provisioning clients send), strings
 * for single-valued attributes, arrays of objects for multi-valued ones, known sub-attributes for
 * {@code name}, and existing Users or Groups as {@code members}. {@code password} is write-only and
 * never kept.
 */
class ScimValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The store's lookup key holds the unique attribute. */
  private static final int MAX_UNIQUE_LENGTH = 255;

  private final ScimResourceType type;
  private final Function<String, Optional<String>> memberTypeOfId;

  ScimValues(ScimResourceType type, Function<String, Optional<String>> memberTypeOfId) {
    this.type = type;
    this.memberTypeOfId = memberTypeOfId;
  }

  /** The value to keep, or empty when the attribute is not kept (password, null). */
  Optional<JsonNode> normalize(String attribute, JsonNode value) {
    if (value == null || value.isNull() || "password".equals(attribute)) {
      return Optional.empty();
    }
    if ("active".equals(attribute)) {
      return Optional.of(bool(value));
    }
    if ("members".equals(attribute)) {
      return Optional.of(members(value));
    }
    if ("name".equals(attribute)) {
      return Optional.of(name(value));
    }
    if (type.isMultiValued(attribute)) {
      return Optional.of(objects(attribute, value));
    }
    if (type.isComplex(attribute)) {
      if (!value.isObject()) {
        throw invalid("Attribute '" + attribute + "' must be a complex value (a JSON object).");
      }
      return Optional.of(value.deepCopy());
    }
    if (!value.isTextual()) {
      throw invalid("Attribute '" + attribute + "' must be a string.");
    }
    if (type.isRequired(attribute) && value.asText().isBlank()) {
      throw invalid("A required value was missing: " + attribute + ".");
    }
    if (type.isRequired(attribute) && value.asText().length() > MAX_UNIQUE_LENGTH) {
      throw invalid("Attribute '" + attribute + "' is longer than " + MAX_UNIQUE_LENGTH + " characters.");
    }
    return Optional.of(value.deepCopy());
  }

  JsonNode namePart(String part, JsonNode value) {
    if (!ScimResourceType.NAME_PARTS.contains(part)) {
      throw ScimException.badRequest("invalidPath", "Sub-attribute 'name." + part + "' is not defined.");
    }
    if (!value.isTextual()) {
      throw invalid("Attribute 'name." + part + "' must be a string.");
    }
    return value.deepCopy();
  }

  private static BooleanNode bool(JsonNode value) {
    if (value.isBoolean()) {
      return (BooleanNode) value;
    }
    if (value.isTextual() && ("true".equalsIgnoreCase(value.asText()) || "false".equalsIgnoreCase(value.asText()))) {
      return BooleanNode.valueOf(Boolean.parseBoolean(value.asText().toLowerCase(Locale.ROOT)));
    }
    throw invalid("Attribute 'active' must be a boolean.");
  }

  private ObjectNode name(JsonNode value) {
    if (!value.isObject()) {
      throw invalid("Attribute 'name' must be a complex value (a JSON object).");
    }
    ObjectNode name = NODES.objectNode();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String part = ScimResourceType.NAME_PARTS.stream().filter(known -> known.equalsIgnoreCase(field.getKey()))
          .findFirst().orElse(field.getKey());
      if (!field.getValue().isNull()) {
        name.set(part, namePart(part, field.getValue()));
      }
    }
    return name;
  }

  private static ArrayNode objects(String attribute, JsonNode value) {
    ArrayNode items = NODES.arrayNode();
    for (JsonNode item : value.isArray() ? value : NODES.arrayNode().add(value)) {
      if (!item.isObject()) {
        throw invalid("Each value of '" + attribute + "' must be a complex value (a JSON object).");
      }
      items.add(item.deepCopy());
    }
    return items;
  }

  private ArrayNode members(JsonNode value) {
    ArrayNode members = NODES.arrayNode();
    for (JsonNode item : value.isArray() ? value : NODES.arrayNode().add(value)) {
      String id = item.path("value").asText("");
      if (id.isBlank()) {
        throw invalid("Each member must have a 'value': the id of a User or Group.");
      }
      String memberType = memberTypeOfId.apply(id)
          .orElseThrow(() -> invalid("Member " + id + " is not an existing User or Group."));
      members.add(NODES.objectNode().put("value", id).put("type", memberType));
    }
    return members;
  }

  static ScimException invalid(String detail) {
    return ScimException.badRequest("invalidValue", detail);
  }
}
