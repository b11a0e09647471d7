package nl.werkstroom.integration.financien;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A receivable to be raised: {@code bedrag} (EUR, two decimals) that the debtor must pay by
 * {@code vervaldatum}, e.g. a subsidy recovered under Awb 4:57. {@code referentie} is ours (the zaak
 * identificatie), so the finance department finds the case and the debtor can quote it when paying.
 */
public record NieuweVordering(
    String debiteurNaam,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bedrag,
    String omschrijving,
    String referentie,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate vervaldatum) {

  @Override
  public String toString() {
    // Never the debtor's name: it is personal data when the debtor is a person.
    return "NieuweVordering[referentie=" + referentie + ", bedrag=" + bedrag + "]";
  }
}
