package nl.werkstroom.integration.financien;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A receivable in the finance system; {@code status} is open until the debtor has paid it, then
 * voldaan (the finance system keeps the incoming payments).
 */
public record Vordering(
    String id,
    String debiteurNaam,
    BigDecimal bedrag,
    String omschrijving,
    String referentie,
    LocalDate vervaldatum,
    String status,
    OffsetDateTime aangemaakt) {

  public static final String OPEN = "open";
  public static final String VOLDAAN = "voldaan";

  @Override
  public String toString() {
    return "Vordering[id=" + id + ", status=" + status + "]";
  }
}
