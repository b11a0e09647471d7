package nl.werkstroom.integration.zgw.catalogi;

import java.time.LocalDate;
import java.util.List;

/**
 * A zaaktype, in one version: {@code beginGeldigheid} to {@code eindeGeldigheid} (inclusive, open
 * when empty). Only a published ({@code concept} false) zaaktype may be used for new zaken.
 * {@code doorlooptijd} and {@code servicenorm} are ISO 8601 durations (e.g. {@code P8W}).
 */
public record ZaakType(
    String url,
    String identificatie,
    String omschrijving,
    String doorlooptijd,
    String servicenorm,
    String vertrouwelijkheidaanduiding,
    LocalDate beginGeldigheid,
    LocalDate eindeGeldigheid,
    boolean concept,
    List<String> statustypen,
    List<String> resultaattypen) {

  /** Whether this version is in force on {@code date}. */
  public boolean geldigOp(LocalDate date) {
    return (beginGeldigheid == null || !beginGeldigheid.isAfter(date))
        && (eindeGeldigheid == null || !eindeGeldigheid.isBefore(date));
  }
}
