package nl.werkstroom.integration.zgw.besluiten;

import java.time.LocalDate;

/** A besluit as the Besluiten API 1.0 returns it. */
public record Besluit(
    String url,
    String identificatie,
    String verantwoordelijkeOrganisatie,
    String besluittype,
    String zaak,
    LocalDate datum,
    String toelichting,
    String bestuursorgaan,
    LocalDate ingangsdatum,
    LocalDate vervaldatum,
    String vervalreden,
    LocalDate publicatiedatum,
    LocalDate verzenddatum,
    LocalDate uiterlijkeReactiedatum) {
}
