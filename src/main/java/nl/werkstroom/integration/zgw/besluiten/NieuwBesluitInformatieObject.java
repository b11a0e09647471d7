package nl.werkstroom.integration.zgw.besluiten;

/** Links a document to a besluit ({@code POST /besluitinformatieobjecten}). */
public record NieuwBesluitInformatieObject(String informatieobject, String besluit) {
}
