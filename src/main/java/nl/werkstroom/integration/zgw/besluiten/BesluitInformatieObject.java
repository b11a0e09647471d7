package nl.werkstroom.integration.zgw.besluiten;

/** That a besluit is laid down in a document ({@code informatieobject}, a URL in the Documenten API). */
public record BesluitInformatieObject(String url, String informatieobject, String besluit) {
}
