package nl.werkstroom.simulator.zgw.zaken;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the Zaken simulator keeps. References to its own resources and to the Catalogi simulator's are
 * uuids (URLs are written at answer time); a reference to a document is the URL the client gave.
 */
final class ZakenDocuments {

  private ZakenDocuments() {
  }

  /**
   * A zaak. {@code overige} holds the standard's other writable fields (zaakgeometrie, verlenging,
   * opschorting, communicatiekanaal ...) as the client sent them.
   */
  record ZaakDocument(String uuid, String zaaktype, String identificatie, String bronorganisatie,
      String verantwoordelijkeOrganisatie, String omschrijving, String toelichting, LocalDate registratiedatum,
      LocalDate startdatum, LocalDate einddatum, LocalDate einddatumGepland, LocalDate uiterlijkeEinddatumAfdoening,
      LocalDate publicatiedatum, String vertrouwelijkheidaanduiding, List<KenmerkDocument> kenmerken,
      String archiefnominatie, String archiefstatus, LocalDate archiefactiedatum, String status,
      OffsetDateTime statusGezet, String resultaat, ObjectNode overige) {

    @JsonIgnore
    boolean isAfgesloten() {
      return einddatum != null;
    }

    ZaakDocument withStatus(String statusUuid, OffsetDateTime gezet) {
      return new ZaakDocument(uuid, zaaktype, identificatie, bronorganisatie, verantwoordelijkeOrganisatie,
          omschrijving, toelichting, registratiedatum, startdatum, einddatum, einddatumGepland,
          uiterlijkeEinddatumAfdoening, publicatiedatum, vertrouwelijkheidaanduiding, kenmerken, archiefnominatie,
          archiefstatus, archiefactiedatum, statusUuid, gezet, resultaat, overige);
    }

    ZaakDocument closed(LocalDate eind, String nominatie, LocalDate actiedatum) {
      return new ZaakDocument(uuid, zaaktype, identificatie, bronorganisatie, verantwoordelijkeOrganisatie,
          omschrijving, toelichting, registratiedatum, startdatum, eind, einddatumGepland,
          uiterlijkeEinddatumAfdoening, publicatiedatum, vertrouwelijkheidaanduiding, kenmerken, nominatie,
          archiefstatus, actiedatum, status, statusGezet, resultaat, overige);
    }

    ZaakDocument withResultaat(String resultaatUuid) {
      return new ZaakDocument(uuid, zaaktype, identificatie, bronorganisatie, verantwoordelijkeOrganisatie,
          omschrijving, toelichting, registratiedatum, startdatum, einddatum, einddatumGepland,
          uiterlijkeEinddatumAfdoening, publicatiedatum, vertrouwelijkheidaanduiding, kenmerken, archiefnominatie,
          archiefstatus, archiefactiedatum, status, statusGezet, resultaatUuid, overige);
    }
  }

  record KenmerkDocument(String kenmerk, String bron) {
  }

  record StatusDocument(String uuid, String zaak, String statustype, OffsetDateTime datumStatusGezet,
      String statustoelichting) {
  }

  record ResultaatDocument(String uuid, String zaak, String resultaattype, String toelichting) {
  }

  record ZaakInformatieObjectDocument(String uuid, String zaak, String informatieobject, String titel,
      String beschrijving, OffsetDateTime registratiedatum) {
  }

  /** The last number given out in an identificatie of one bronorganisatie in one year. */
  record Teller(long laatste) {
  }
}
