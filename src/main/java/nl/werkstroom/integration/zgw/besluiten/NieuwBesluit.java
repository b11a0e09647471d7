package nl.werkstroom.integration.zgw.besluiten;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A besluit to register ({@code POST /besluiten}, Besluiten API 1.0). Required by the standard:
 * {@code verantwoordelijkeOrganisatie} (RSIN), {@code besluittype} (URL in the Catalogi API),
 * {@code datum} (the beslisdatum, not in the future) and {@code ingangsdatum}. {@code zaak} is the URL
 * of the zaak the besluit is an outcome of, if any. When {@code identificatie} is empty the API
 * generates one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuwBesluit(
    String verantwoordelijkeOrganisatie,
    String besluittype,
    String zaak,
    LocalDate datum,
    String toelichting,
    String bestuursorgaan,
    LocalDate ingangsdatum,
    LocalDate vervaldatum,
    LocalDate publicatiedatum,
    LocalDate verzenddatum,
    LocalDate uiterlijkeReactiedatum,
    String identificatie) {

  @Override
  public String toString() {
    // The toelichting may name the person the besluit is about: never in a log line.
    return "NieuwBesluit[identificatie=" + identificatie + ", besluittype=" + besluittype + "]";
  }
}
