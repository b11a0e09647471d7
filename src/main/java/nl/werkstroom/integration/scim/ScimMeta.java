package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** A resource's {@code meta} (RFC 7643 section 3.1); {@code version} is its ETag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScimMeta(String resourceType, OffsetDateTime created, OffsetDateTime lastModified,
    String location, String version) {
}
