package nl.werkstroom.integration.algoritmeregister;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One entry of an organisation's list of algorithms ({@code AlgorithmSummary}): its id, our reference, its state. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlgoritmeSamenvatting(
    String name,
    String schemaVersion,
    String lastUpdateDt,
    String lars,
    String sourceId,
    boolean published,
    boolean currentVersionReleased,
    boolean currentVersionPublished) {
}
