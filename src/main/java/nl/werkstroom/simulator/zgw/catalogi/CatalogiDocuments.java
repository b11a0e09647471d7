package nl.werkstroom.simulator.zgw.catalogi;

import java.time.LocalDate;
import java.util.List;

/**
 * What the Catalogi simulator keeps, per resource: references to other resources by uuid (URLs are
 * written at answer time, see {@code ZgwUrls}).
 */
public final class CatalogiDocuments {

  private CatalogiDocuments() {
  }

  public record CatalogusDocument(String uuid, String domein, String rsin, String naam, String versie,
      LocalDate begindatumVersie, String contactpersoonBeheerNaam, String contactpersoonBeheerTelefoonnummer,
      String contactpersoonBeheerEmailadres) {
  }

  public record ZaakTypeDocument(String uuid, String catalogus, String identificatie, String omschrijving,
      String vertrouwelijkheidaanduiding, String doel, String aanleiding, String toelichting,
      String indicatieInternOfExtern, String handelingInitiator, String onderwerp, String handelingBehandelaar,
      String doorlooptijd, String servicenorm, boolean opschortingEnAanhoudingMogelijk, boolean verlengingMogelijk,
      String verlengingstermijn, List<String> trefwoorden, boolean publicatieIndicatie, String publicatietekst,
      String referentieproces, String verantwoordelijke, LocalDate beginGeldigheid, LocalDate eindeGeldigheid,
      boolean concept) {

    public boolean geldigOp(LocalDate date) {
      return !beginGeldigheid.isAfter(date) && (eindeGeldigheid == null || !eindeGeldigheid.isBefore(date));
    }
  }

  public record StatusTypeDocument(String uuid, String zaaktype, String catalogus, String omschrijving,
      String statustekst, int volgnummer, boolean informeren, String toelichting) {
  }

  /**
   * {@code archiefnominatie} is {@code blijvend_bewaren} or {@code vernietigen};
   * {@code archiefactietermijn} an ISO 8601 period counted from the zaak's einddatum
   * ({@code afleidingswijze} {@code afgehandeld}).
   */
  public record ResultaatTypeDocument(String uuid, String zaaktype, String catalogus, String omschrijving,
      String omschrijvingGeneriek, String toelichting, String archiefnominatie, String archiefactietermijn) {

    public static final String AFLEIDINGSWIJZE = "afgehandeld";
  }

  public record InformatieObjectTypeDocument(String uuid, String catalogus, String omschrijving,
      String vertrouwelijkheidaanduiding, String informatieobjectcategorie, LocalDate beginGeldigheid, boolean concept,
      List<String> zaaktypen) {
  }

  public record BesluitTypeDocument(String uuid, String catalogus, String omschrijving, String besluitcategorie,
      List<String> zaaktypen, List<String> informatieobjecttypen, String reactietermijn, boolean publicatieIndicatie,
      String publicatietekst, String publicatietermijn, String toelichting, LocalDate beginGeldigheid,
      boolean concept) {
  }
}
