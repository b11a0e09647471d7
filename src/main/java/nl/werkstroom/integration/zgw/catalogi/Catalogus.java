package nl.werkstroom.integration.zgw.catalogi;

/** A catalogue of a municipality in the Catalogi API: its domain (max. 5 letters) and RSIN identify it. */
public record Catalogus(String url, String domein, String rsin, String contactpersoonBeheerNaam) {
}
