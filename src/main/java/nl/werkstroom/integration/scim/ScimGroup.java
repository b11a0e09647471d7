package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A Group resource (RFC 7643 section 4.2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScimGroup(
    List<String> schemas,
    String id,
    String externalId,
    String displayName,
    List<ScimMember> members,
    ScimMeta meta) {

  public static ScimGroup create(String displayName, List<ScimMember> members) {
    return new ScimGroup(List.of(ScimSchemas.GROUP), null, null, displayName, members, null);
  }
}
