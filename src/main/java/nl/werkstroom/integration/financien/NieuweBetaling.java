package nl.werkstroom.integration.financien;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment against a commitment, on a date (today when none is given). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NieuweBetaling(
    String verplichting,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bedrag,
    String iban,
    String omschrijving,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate betaaldatum) {

  @Override
  public String toString() {
    return "NieuweBetaling[verplichting=" + verplichting + ", bedrag=" + bedrag + "]";
  }
}
