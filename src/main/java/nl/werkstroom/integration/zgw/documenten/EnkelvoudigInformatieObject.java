package nl.werkstroom.integration.zgw.documenten;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A document as the Documenten API 1.4 returns it (the fields Werkstroom uses). {@code inhoud} is
 * here the download URL of the file, not the file itself; {@code versie} starts at 1.
 */
public record EnkelvoudigInformatieObject(
    String url,
    String identificatie,
    String bronorganisatie,
    LocalDate creatiedatum,
    String titel,
    String vertrouwelijkheidaanduiding,
    String auteur,
    String status,
    String formaat,
    String taal,
    Integer versie,
    OffsetDateTime beginRegistratie,
    String bestandsnaam,
    String inhoud,
    Long bestandsomvang,
    String informatieobjecttype,
    Boolean locked) {
}
