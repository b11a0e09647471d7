package nl.werkstroom.integration.zgw.zaken;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Links a document to a zaak ({@code POST /zaakinformatieobjecten}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuwZaakInformatieObject(String zaak, String informatieobject, String titel) {
}
