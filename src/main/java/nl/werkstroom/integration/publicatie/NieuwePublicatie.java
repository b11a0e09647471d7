package nl.werkstroom.integration.publicatie;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A submission for official publication: in which blad ({@value #STAATSCOURANT} or
 * {@value #GEMEENTEBLAD}), what kind (verkeersbesluit, regeling, bekendmaking), by which
 * organisation, with title and text (plain text or Markdown), optionally a document and a wished
 * publication date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuwePublicatie(
    String publicatieblad,
    String soort,
    String organisatie,
    String titel,
    String tekst,
    String documentUrl,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate gewensteDatum) {

  public static final String STAATSCOURANT = "staatscourant";
  public static final String GEMEENTEBLAD = "gemeenteblad";
}
