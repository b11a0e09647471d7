package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One operation of a PATCH (RFC 7644 section 3.5.2): {@code add}, {@code replace} or {@code remove}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScimPatchOperation(String op, String path, Object value) {

  public static ScimPatchOperation add(String path, Object value) {
    return new ScimPatchOperation("add", path, value);
  }

  public static ScimPatchOperation replace(String path, Object value) {
    return new ScimPatchOperation("replace", path, value);
  }

  public static ScimPatchOperation remove(String path) {
    return new ScimPatchOperation("remove", path, null);
  }
}
