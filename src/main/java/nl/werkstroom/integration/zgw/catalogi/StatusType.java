package nl.werkstroom.integration.zgw.catalogi;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A status a zaak of a zaaktype can have; the one with the highest {@code volgnummer} is the final status. */
public record StatusType(String url, String zaaktype, String omschrijving, int volgnummer,
    @JsonProperty("isEindstatus") boolean isEindstatus) {
}
