package nl.werkstroom.integration.zgw.zaken;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A zaak to register ({@code POST /zaken}). Required by the standard: {@code bronorganisatie} and
 * {@code verantwoordelijkeOrganisatie} (RSINs), {@code zaaktype} (URL in the Catalogi API) and
 * {@code startdatum}. The Zaken API generates the {@code identificatie}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuweZaak(
    String bronorganisatie,
    String verantwoordelijkeOrganisatie,
    String zaaktype,
    LocalDate registratiedatum,
    LocalDate startdatum,
    LocalDate uiterlijkeEinddatumAfdoening,
    String omschrijving,
    String toelichting,
    List<Kenmerk> kenmerken) {
}
