package nl.werkstroom.simulator.zgw.besluiten;

/** That a besluit (by uuid) is laid down in a document (its URL in the Documenten API, as sent). */
public record OpgeslagenBesluitInformatieObject(String uuid, String besluit, String informatieobject) {
}
