package nl.werkstroom.simulator.zgw.documenten;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A document as the Documenten simulator keeps it in the {@code SimulatorStore}: its metadata, with
 * references to other APIs as the client sent them (absolute URLs) and its own identity as a uuid; its
 * file is kept apart, so that listing documents never reads their files.
 */
public record OpgeslagenDocument(
    String uuid,
    String identificatie,
    String bronorganisatie,
    LocalDate creatiedatum,
    String titel,
    String vertrouwelijkheidaanduiding,
    String auteur,
    String status,
    String formaat,
    String taal,
    int versie,
    OffsetDateTime beginRegistratie,
    String bestandsnaam,
    long bestandsomvang,
    String link,
    String beschrijving,
    String informatieobjecttype,
    List<String> trefwoorden) {
}
