package nl.werkstroom.integration.zgw.zaken;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** A status to give a zaak ({@code POST /statussen}); the statustype must belong to the zaak's zaaktype. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuweStatus(String zaak, String statustype, OffsetDateTime datumStatusGezet, String statustoelichting) {
}
