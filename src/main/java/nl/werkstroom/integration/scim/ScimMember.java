package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One of a Group's {@code members} (RFC 7643 section 4.2): a User or Group by its id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScimMember(String value, @JsonProperty("$ref") String ref, String display, String type) {

  public static ScimMember user(String userId) {
    return new ScimMember(userId, null, null, "User");
  }
}
