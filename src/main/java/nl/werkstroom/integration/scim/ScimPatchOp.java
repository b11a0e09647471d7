package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of a PATCH request (RFC 7644 section 3.5.2): {@code Operations} with a capital O, as the RFC spells it. */
public record ScimPatchOp(List<String> schemas, @JsonProperty("Operations") List<ScimPatchOperation> operations) {

  public static ScimPatchOp of(List<ScimPatchOperation> operations) {
    return new ScimPatchOp(List.of(ScimSchemas.PATCH_OP), List.copyOf(operations));
  }
}
