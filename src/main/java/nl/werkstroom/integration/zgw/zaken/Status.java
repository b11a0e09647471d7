package nl.werkstroom.integration.zgw.zaken;

import java.time.OffsetDateTime;

/** A status of a zaak, as the Zaken API returns it. */
public record Status(String url, String uuid, String zaak, String statustype, OffsetDateTime datumStatusGezet,
    String statustoelichting) {
}
