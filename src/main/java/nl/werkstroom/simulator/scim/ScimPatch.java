package nl.werkstroom.simulator.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkstroom.integration.scim.ScimSchemas;

/**
 * Applies a PATCH request (RFC 7644 section 3.5.2) to a resource: operations {@code add},
 * {@code replace} and {@code remove} (case-insensitive, as several clients capitalise them), with a
 * path that is an attribute ({@code active}), a sub-attribute ({@code name.givenName}) or a
 * multi-valued attribute with a value filter ({@code members[value eq "..."]}), or without a path
 * (the value is an object of attributes). Adding a value that is already there changes nothing;
 * removing a member that is not there neither. The request is atomic: the caller applies it to a copy.
 */
class ScimPatch {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PATH = Pattern.compile(
      "^([A-Za-z][A-Za-z0-9$_-]*|urn:[^\\[\\]]+)"
          + "(?:\\[\\s*value\\s+eq\\s+(\"(?:[^\"\\\\]|\\\\.)*\")\\s*\\])?"
          + "(?:\\.([A-Za-z][A-Za-z0-9]*))?$",
      Pattern.CASE_INSENSITIVE);

  private final ScimResourceType type;
  private final ScimValues values;

  ScimPatch(ScimResourceType type, ScimValues values) {
    this.type = type;
    this.values = values;
  }

  void apply(ObjectNode resource, JsonNode request) {
    if (request == null || !request.isObject() || !containsText(request.get("schemas"), ScimSchemas.PATCH_OP)) {
      throw ScimException.badRequest("invalidSyntax", "The request body must be a PatchOp with schemas ["
          + ScimSchemas.PATCH_OP + "].");
    }
    JsonNode operations = request.get("Operations");
    if (operations == null || !operations.isArray() || operations.isEmpty()) {
      throw ScimException.badRequest("invalidSyntax", "The PatchOp must have at least one operation in 'Operations'.");
    }
    for (JsonNode operation : operations) {
      applyOne(resource, operation);
    }
  }

  private void applyOne(ObjectNode resource, JsonNode operation) {
    String op = operation.path("op").asText("").toLowerCase(Locale.ROOT);
    JsonNode pathNode = operation.get("path");
    String path = pathNode == null || pathNode.isNull() || pathNode.asText().isBlank() ? null : pathNode.asText().trim();
    JsonNode value = operation.get("value");
    switch (op) {
      case "add", "replace" -> {
        if (value == null || value.isNull()) {
          throw ScimException.badRequest("invalidValue", "Operation '" + op + "' needs a 'value'.");
        }
        if (path == null) {
          if (!value.isObject()) {
            throw ScimException.badRequest("invalidValue", "Operation '" + op
                + "' without a path needs an object of attributes as its value.");
          }
          for (Map.Entry<String, JsonNode> field : value.properties()) {
            set(resource, op, Target.parse(field.getKey(), type), field.getValue());
          }
        } else {
          set(resource, op, Target.parse(path, type), value);
        }
      }
      case "remove" -> {
        if (path == null) {
          throw ScimException.badRequest("noTarget", "Operation 'remove' needs a 'path'.");
        }
        remove(resource, Target.parse(path, type), value);
      }
      default -> throw ScimException.badRequest("invalidSyntax", "Unknown operation '" + operation.path("op").asText()
          + "': use add, replace or remove.");
    }
  }

  private void set(ObjectNode resource, String op, Target target, JsonNode value) {
    if (target.valueFilter() != null) {
      throw ScimException.badRequest("invalidPath", "A value filter is supported only with 'remove'.");
    }
    String attribute = target.attribute();
    if (target.subAttribute() != null) {
      if (!"name".equals(attribute)) {
        throw ScimException.badRequest("invalidPath", "Attribute '" + attribute + "' has no sub-attributes here.");
      }
      ObjectNode name = resource.has("name") && resource.get("name").isObject()
          ? (ObjectNode) resource.get("name") : resource.putObject("name");
      name.set(target.subAttribute(), values.namePart(target.subAttribute(), value));
      return;
    }
    JsonNode normalized = values.normalize(attribute, value).orElse(null);
    if (normalized == null) {
      return;
    }
    if (type.isMultiValued(attribute) && "add".equals(op) && resource.get(attribute) instanceof ArrayNode existing) {
      for (JsonNode item : normalized) {
        if (!contains(existing, item, "members".equals(attribute))) {
          existing.add(item);
        }
      }
    } else if (type.isComplex(attribute) && resource.get(attribute) instanceof ObjectNode existing) {
      existing.setAll((ObjectNode) normalized);
    } else {
      resource.set(attribute, normalized);
    }
  }

  private void remove(ObjectNode resource, Target target, JsonNode value) {
    String attribute = target.attribute();
    if (target.subAttribute() != null) {
      if (resource.get(attribute) instanceof ObjectNode complex) {
        complex.remove(target.subAttribute());
      }
      return;
    }
    if (target.valueFilter() != null || (value != null && !value.isNull() && type.isMultiValued(attribute))) {
      if (!type.isMultiValued(attribute)) {
        throw ScimException.badRequest("invalidPath", "Attribute '" + attribute + "' is not multi-valued.");
      }
      Set<String> removed = new HashSet<>();
      if (target.valueFilter() != null) {
        removed.add(target.valueFilter());
      } else {
        for (JsonNode item : value.isArray() ? value : NODES.arrayNode().add(value)) {
          removed.add(item.path("value").asText());
        }
      }
      if (resource.get(attribute) instanceof ArrayNode items) {
        for (Iterator<JsonNode> it = items.iterator(); it.hasNext(); ) {
          if (removed.contains(it.next().path("value").asText())) {
            it.remove();
          }
        }
      }
      return;
    }
    if (type.isRequired(attribute)) {
      throw ScimException.badRequest("invalidValue", "A required value cannot be removed: " + attribute + ".");
    }
    resource.remove(attribute);
  }

  private static boolean contains(ArrayNode items, JsonNode item, boolean byValue) {
    for (JsonNode existing : items) {
      if (byValue ? existing.path("value").asText().equals(item.path("value").asText()) : existing.equals(item)) {
        return true;
      }
    }
    return false;
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

  /** A parsed path: attribute, an optional {@code [value eq "..."]} filter, an optional sub-attribute. */
  record Target(String attribute, String valueFilter, String subAttribute) {

    static Target parse(String path, ScimResourceType type) {
      String withoutSchema = path.regionMatches(true, 0, type.schema() + ":", 0, type.schema().length() + 1)
          ? path.substring(type.schema().length() + 1) : path;
      Matcher matcher = PATH.matcher(withoutSchema);
      if (!matcher.matches()) {
        throw ScimException.badRequest("invalidPath", "The path '" + path + "' is not supported: use an attribute, "
            + "attribute.subAttribute or attribute[value eq \"...\"].");
      }
      String attribute = type.writableAttribute(matcher.group(1));
      String filter = null;
      if (matcher.group(2) != null) {
        try {
          filter = JSON.readValue(matcher.group(2), String.class);
        } catch (JsonProcessingException e) {
          throw ScimException.badRequest("invalidFilter", "The value filter of path '" + path + "' is not valid.");
        }
      }
      return new Target(attribute, filter, matcher.group(3));
    }
  }
}
