package nl.werkstroom.integration.zgw.zaken;

/** A document (informatieobject in the Documenten API) that belongs to a zaak. */
public record ZaakInformatieObject(String url, String uuid, String zaak, String informatieobject, String titel) {
}
