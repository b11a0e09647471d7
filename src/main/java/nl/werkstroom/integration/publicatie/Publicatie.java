package nl.werkstroom.integration.publicatie;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A submitted publication. {@code status} is {@value #INGEDIEND} until it appears, then
 * {@value #GEPUBLICEERD} with its {@code publicatiedatum}, {@code identificatie} (e.g.
 * stcrt-2026-12345) and {@code url}; or {@value #AFGEWEZEN} with a {@code reden}.
 */
public record Publicatie(
    String id,
    String publicatieblad,
    String soort,
    String organisatie,
    String titel,
    String status,
    OffsetDateTime ingediend,
    LocalDate publicatiedatum,
    String identificatie,
    String url,
    String reden) {

  public static final String INGEDIEND = "ingediend";
  public static final String GEPUBLICEERD = "gepubliceerd";
  public static final String AFGEWEZEN = "afgewezen";
}
