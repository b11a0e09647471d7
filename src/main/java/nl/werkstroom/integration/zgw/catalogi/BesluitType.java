package nl.werkstroom.integration.zgw.catalogi;

import java.util.List;

/**
 * A kind of decision in a catalogue, with the zaaktypen it may be taken in, its
 * {@code reactietermijn} (ISO 8601 duration: the time to object or appeal) and whether it is published.
 */
public record BesluitType(String url, String catalogus, String omschrijving, List<String> zaaktypen,
    String reactietermijn, boolean publicatieIndicatie, boolean concept) {
}
