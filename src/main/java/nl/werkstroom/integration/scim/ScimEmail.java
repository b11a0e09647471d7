package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One of a User's {@code emails} (RFC 7643 section 4.1.2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScimEmail(String value, String type, Boolean primary) {

  public static ScimEmail work(String address) {
    return new ScimEmail(address, "work", true);
  }
}
