package nl.werkstroom.simulator.scim;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.werkstroom.integration.scim.ScimSchemas;

/**
 * What the simulator knows of the two resource types of RFC 7643: their endpoint, schema, the
 * attribute that must be unique (and is the store's lookup key), the attributes it can filter on,
 * and which attributes are multi-valued, complex or read-only.
 */
enum ScimResourceType {

  USER("User", "Users", ScimSchemas.USER, "userName", Set.of("userName", "externalId"),
      Set.of("userName", "externalId", "name", "displayName", "nickName", "profileUrl", "title", "userType",
          "preferredLanguage", "locale", "timezone", "active", "password", "emails", "phoneNumbers", "ims",
          "photos", "addresses", "entitlements", "roles", "x509Certificates",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
      Set.of("emails", "phoneNumbers", "ims", "photos", "addresses", "entitlements", "roles", "x509Certificates"),
      Set.of("name", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
      Set.of("id", "meta", "groups", "schemas")),

  GROUP("Group", "Groups", ScimSchemas.GROUP, "displayName", Set.of("displayName", "externalId"),
      Set.of("displayName", "externalId", "members"),
      Set.of("members"),
      Set.of(),
      Set.of("id", "meta", "schemas"));

  static final Set<String> NAME_PARTS = Set.of("formatted", "familyName", "givenName", "middleName",
      "honorificPrefix", "honorificSuffix");

  private final String resourceType;
  private final String endpoint;
  private final String schema;
  private final String uniqueAttribute;
  private final Set<String> filterAttributes;
  private final Map<String, String> writable;
  private final Set<String> multiValued;
  private final Set<String> complex;
  private final Map<String, String> readOnly;

  ScimResourceType(String resourceType, String endpoint, String schema, String uniqueAttribute,
      Set<String> filterAttributes, Set<String> writable, Set<String> multiValued, Set<String> complex,
      Set<String> readOnly) {
    this.resourceType = resourceType;
    this.endpoint = endpoint;
    this.schema = schema;
    this.uniqueAttribute = uniqueAttribute;
    this.filterAttributes = filterAttributes;
    this.writable = byLowerCase(writable);
    this.multiValued = multiValued;
    this.complex = complex;
    this.readOnly = byLowerCase(readOnly);
  }

  private static Map<String, String> byLowerCase(Set<String> names) {
    return names.stream().collect(Collectors.toUnmodifiableMap(name -> name.toLowerCase(Locale.ROOT), Function.identity()));
  }

  String resourceType() {
    return resourceType;
  }

  String endpoint() {
    return endpoint;
  }

  String schema() {
    return schema;
  }

  String uniqueAttribute() {
    return uniqueAttribute;
  }

  Set<String> filterAttributes() {
    return filterAttributes;
  }

  /**
   * The attribute's name as the schema spells it (attribute names are case-insensitive, RFC 7643
   * section 2.1), or a 400: {@code mutability} for a read-only one, {@code invalidPath} for an
   * unknown one.
   */
  String writableAttribute(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.startsWith(schema.toLowerCase(Locale.ROOT) + ":")) {
      key = key.substring(schema.length() + 1);
    }
    if (readOnly.containsKey(key)) {
      throw ScimException.badRequest("mutability", "Attribute '" + readOnly.get(key) + "' is readOnly.");
    }
    return Optional.ofNullable(writable.get(key)).orElseThrow(() -> ScimException.badRequest("invalidPath",
        "Attribute '" + name + "' is not defined for resource type " + resourceType + "."));
  }

  boolean isMultiValued(String attribute) {
    return multiValued.contains(attribute);
  }

  boolean isComplex(String attribute) {
    return complex.contains(attribute);
  }

  boolean isRequired(String attribute) {
    return uniqueAttribute.equals(attribute);
  }

  Stream<String> alwaysReturned() {
    return Stream.of("id", "schemas", "meta");
  }
}
