package nl.werkstroom.integration.financien;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A commitment; {@code betaald} is how much of it has been scheduled for payment so far. */
public record Verplichting(
    String id,
    String reservering,
    String budgetcode,
    BigDecimal bedrag,
    BigDecimal betaald,
    Crediteur crediteur,
    String status,
    OffsetDateTime aangemaakt) {
}
