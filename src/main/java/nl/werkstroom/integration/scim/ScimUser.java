package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A User resource (RFC 7643 section 4.1) with the attributes Werkstroom uses. {@code groups} and
 * {@code meta} are set by the directory and ignored when sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScimUser(
    List<String> schemas,
    String id,
    String externalId,
    String userName,
    ScimName name,
    String displayName,
    List<ScimEmail> emails,
    Boolean active,
    List<ScimGroupRef> groups,
    ScimMeta meta) {

  /** A new, active account, as sent in a POST to /Users. */
  public static ScimUser create(String externalId, String userName, ScimName name, String email) {
    return new ScimUser(List.of(ScimSchemas.USER), null, externalId, userName, name, name.formatted(),
        email == null || email.isBlank() ? null : List.of(ScimEmail.work(email)), true, null, null);
  }

  /** Whether the account may log in; RFC 7643 leaves a missing {@code active} to the directory, which treats it as active. */
  @JsonIgnore
  public boolean isActive() {
    return !Boolean.FALSE.equals(active);
  }

  @JsonIgnore
  public boolean isMemberOf(String groupId) {
    return groups != null && groups.stream().anyMatch(group -> groupId.equals(group.value()));
  }
}
