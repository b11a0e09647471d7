package nl.werkstroom.integration.financien;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A reservation on a budget; {@code status} is gereserveerd, vrijgegeven or vastgelegd. */
public record Reservering(
    String id,
    String budgetcode,
    BigDecimal bedrag,
    String referentie,
    String omschrijving,
    String status,
    OffsetDateTime aangemaakt) {

  public static final String GERESERVEERD = "gereserveerd";
  public static final String VRIJGEGEVEN = "vrijgegeven";
  public static final String VASTGELEGD = "vastgelegd";
}
