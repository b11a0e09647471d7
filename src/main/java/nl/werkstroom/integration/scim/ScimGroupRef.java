package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One of a User's {@code groups}: read-only, kept by the directory from the groups' members. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScimGroupRef(String value, @JsonProperty("$ref") String ref, String display, String type) {
}
