package nl.werkstroom.api;

import java.math.BigDecimal;

/** Checks single fields of the smaller API bodies; a problem is a 400 naming the field. */
public final class Velden {

  /** No amount in a municipal subsidy or payment comes near this: a larger one is a typing error. */
  public static final BigDecimal HOOGSTE_BEDRAG = new BigDecimal("100000000");

  private Velden() {
  }

  public static String tekst(String veld, String label, String waarde, int maximum) {
    String tekst = optioneleTekst(veld, label, waarde, maximum);
    if (tekst == null) {
      throw ApiFout.ongeldigVeld(veld, label + " ontbreekt.");
    }
    return tekst;
  }

  public static String optioneleTekst(String veld, String label, String waarde, int maximum) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    if (waarde.strip().length() > maximum) {
      throw ApiFout.ongeldigVeld(veld, label + " is te lang: ten hoogste " + maximum + " tekens.");
    }
    return waarde.strip();
  }

  /** An amount in euros of 0 or more, in cents, not absurd. */
  public static BigDecimal bedrag(String veld, String label, BigDecimal waarde) {
    if (waarde == null) {
      throw ApiFout.ongeldigVeld(veld, label + " ontbreekt.");
    }
    if (waarde.signum() < 0) {
      throw ApiFout.ongeldigVeld(veld, label + " mag niet negatief zijn.");
    }
    if (waarde.stripTrailingZeros().scale() > 2) {
      throw ApiFout.ongeldigVeld(veld, label + " heeft ten hoogste twee decimalen (hele centen).");
    }
    if (waarde.compareTo(HOOGSTE_BEDRAG) > 0) {
      throw ApiFout.ongeldigVeld(veld, label + " is onwaarschijnlijk hoog: ten hoogste € 100.000.000.");
    }
    return waarde;
  }
}
