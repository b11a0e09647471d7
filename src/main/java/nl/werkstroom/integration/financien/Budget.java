package nl.werkstroom.integration.financien;

import java.math.BigDecimal;

/**
 * The state of one budget: its ceiling and how much of it is reserved, committed and paid.
 * {@code beschikbaar} is what can still be reserved: plafond minus the other three.
 */
public record Budget(
    String administratie,
    String budgetcode,
    String omschrijving,
    BigDecimal plafond,
    BigDecimal gereserveerd,
    BigDecimal vastgelegd,
    BigDecimal betaald,
    BigDecimal beschikbaar) {
}
