package nl.werkstroom.integration.financien;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A payment; {@code status} is ingepland until its date has passed, then uitgevoerd. */
public record Betaling(
    String id,
    String verplichting,
    BigDecimal bedrag,
    String iban,
    String omschrijving,
    LocalDate betaaldatum,
    String status,
    OffsetDateTime aangemaakt) {

  public static final String INGEPLAND = "ingepland";
  public static final String UITGEVOERD = "uitgevoerd";

  @Override
  public String toString() {
    return "Betaling[id=" + id + ", status=" + status + "]";
  }
}
