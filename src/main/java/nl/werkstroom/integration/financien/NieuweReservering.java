package nl.werkstroom.integration.financien;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A request to reserve an amount (EUR, two decimals) on a budget. {@code referentie} is ours, e.g.
 * the zaak identificatie, so that the finance department can find the case behind a reservation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuweReservering(
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bedrag,
    String referentie,
    String omschrijving) {
}
