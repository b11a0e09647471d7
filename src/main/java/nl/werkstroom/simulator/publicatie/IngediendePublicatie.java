package nl.werkstroom.simulator.publicatie;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A submission as the simulator keeps it. Its status is not stored but follows from the time: it
 * is published {@code publication-delay} after {@code ingediend}, or on {@code gewensteDatum} when
 * that is later. The number in its identification is given at submission.
 */
record IngediendePublicatie(
    String id,
    String sleutel,
    String publicatieblad,
    String soort,
    String organisatie,
    String titel,
    String tekst,
    String documentUrl,
    LocalDate gewensteDatum,
    Instant ingediend,
    int nummer) {

  IngediendePublicatie ingediendOp(Instant moment) {
    return new IngediendePublicatie(id, sleutel, publicatieblad, soort, organisatie, titel, tekst, documentUrl,
        gewensteDatum, moment, nummer);
  }
}
