package nl.werkstroom.integration.zgw.zaken;

/** The result of a zaak, as the Zaken API returns it. */
public record Resultaat(String url, String uuid, String zaak, String resultaattype, String toelichting) {
}
