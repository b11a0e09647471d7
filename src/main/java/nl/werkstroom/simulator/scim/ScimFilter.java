package nl.werkstroom.simulator.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the SCIM filter grammar (RFC 7644 section 3.4.2.2) that the simulator serves:
 * {@code <attribute> eq "<value>"} on the attributes a directory indexes (userName, displayName,
 * externalId). Attribute names and the operator are case-insensitive; the value is a JSON string.
 * Anything else is answered with 400 {@code invalidFilter}, as a directory that does not support a
 * filter must.
 */
record ScimFilter(String attribute, String value) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EQUALS = Pattern.compile(
      "^\\s*(?:urn:ietf:params:scim:schemas:core:2\\.0:(?:User|Group):)?([A-Za-z][A-Za-z0-9]*)\\s+eq\\s+(\"(?:[^\"\\\\]|\\\\.)*\")\\s*$",
      Pattern.CASE_INSENSITIVE);

  static ScimFilter parse(String filter, Set<String> supportedAttributes) {
    Matcher matcher = EQUALS.matcher(filter);
    if (!matcher.matches()) {
      throw unsupported();
    }
    String attribute = supportedAttributes.stream()
        .filter(supported -> supported.equalsIgnoreCase(matcher.group(1)))
        .findFirst()
        .orElseThrow(ScimFilter::unsupported);
    try {
      return new ScimFilter(attribute, JSON.readValue(matcher.group(2), String.class));
    } catch (JsonProcessingException e) {
      throw unsupported();
    }
  }

  /** externalId is case-exact (RFC 7643 section 3.1); userName and displayName are not. */
  boolean matches(String actual) {
    if (actual == null) {
      return false;
    }
    return "externalId".equals(attribute) ? actual.equals(value) : actual.equalsIgnoreCase(value);
  }

  String lookupKey() {
    return value.toLowerCase(Locale.ROOT);
  }

  private static ScimException unsupported() {
    return ScimException.badRequest("invalidFilter", "The specified filter syntax was invalid or the "
        + "specified attribute and filter comparison combination is not supported. This service supports "
        + "'userName eq', 'displayName eq' and 'externalId eq'.");
  }
}
