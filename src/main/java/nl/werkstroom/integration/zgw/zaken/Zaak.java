package nl.werkstroom.integration.zgw.zaken;

import java.time.LocalDate;
import java.util.List;

/**
 * A zaak as the Zaken API 1.5 returns it (the fields Werkstroom uses). {@code status} is the URL of
 * its latest status, {@code resultaat} the URL of its result; {@code einddatum} is set by the API
 * when the final status is given.
 */
public record Zaak(
    String url,
    String uuid,
    String identificatie,
    String bronorganisatie,
    String zaaktype,
    LocalDate registratiedatum,
    LocalDate startdatum,
    LocalDate einddatum,
    LocalDate uiterlijkeEinddatumAfdoening,
    String omschrijving,
    String status,
    String resultaat,
    List<Kenmerk> kenmerken,
    String verantwoordelijkeOrganisatie,
    String toelichting,
    LocalDate einddatumGepland,
    String vertrouwelijkheidaanduiding,
    String archiefnominatie,
    String archiefstatus,
    LocalDate archiefactiedatum) {

  /** The fields most callers need; the others stay empty. */
  public Zaak(String url, String uuid, String identificatie, String bronorganisatie, String zaaktype,
      LocalDate registratiedatum, LocalDate startdatum, LocalDate einddatum, LocalDate uiterlijkeEinddatumAfdoening,
      String omschrijving, String status, String resultaat, List<Kenmerk> kenmerken) {
    this(url, uuid, identificatie, bronorganisatie, zaaktype, registratiedatum, startdatum, einddatum,
        uiterlijkeEinddatumAfdoening, omschrijving, status, resultaat, kenmerken,
        null, null, null, null, null, null, null);
  }
}
