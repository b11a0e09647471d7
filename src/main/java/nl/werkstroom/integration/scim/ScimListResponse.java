package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to a query (RFC 7644 section 3.4.2): {@code Resources} with a capital R, as the RFC spells it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScimListResponse<T>(
    List<String> schemas,
    int totalResults,
    Integer startIndex,
    Integer itemsPerPage,
    @JsonProperty("Resources") List<T> resources) {

  public List<T> resourcesOrEmpty() {
    return resources == null ? List.of() : resources;
  }
}
