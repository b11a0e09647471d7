package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The {@code name} of a User (RFC 7643 section 4.1.1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScimName(String formatted, String familyName, String givenName) {

  public static ScimName of(String givenName, String familyName) {
    return new ScimName(givenName + " " + familyName, familyName, givenName);
  }
}
