package nl.werkstroom.simulator.zgw.besluiten;

import java.time.LocalDate;

/**
 * A besluit as the Besluiten simulator keeps it in the {@code SimulatorStore}: references to other
 * APIs (besluittype, zaak) as the client sent them, its own identity as a uuid.
 */
public record OpgeslagenBesluit(
    String uuid,
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
