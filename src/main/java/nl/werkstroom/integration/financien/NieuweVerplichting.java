package nl.werkstroom.integration.financien;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A commitment (verplichting) made from a reservation: the reserved amount becomes committed to a
 * creditor. The amount may be lower than the reservation; the rest is released.
 */
public record NieuweVerplichting(
    String reservering,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bedrag,
    Crediteur crediteur) {
}
