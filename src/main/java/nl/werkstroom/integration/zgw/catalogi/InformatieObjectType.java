package nl.werkstroom.integration.zgw.catalogi;

/** A kind of document in a catalogue (Brief, Besluit ...), with its default confidentiality. */
public record InformatieObjectType(String url, String catalogus, String omschrijving,
    String vertrouwelijkheidaanduiding, boolean concept) {
}
