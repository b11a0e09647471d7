package nl.werkstroom.integration.zgw.catalogi;

/**
 * A result a zaak of a zaaktype can have, with its archiving rules: {@code archiefnominatie}
 * ({@code blijvend_bewaren} or {@code vernietigen}) and {@code archiefactietermijn} (ISO 8601 period).
 */
public record ResultaatType(String url, String zaaktype, String omschrijving, String resultaattypeomschrijving,
    String selectielijstklasse, Object archiefnominatie, Object archiefactietermijn) {
}
