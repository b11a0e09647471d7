package nl.werkstroom.integration.brp;

import java.util.regex.Pattern;

/**
 * Checks a burgerservicenummer before it leaves Werkstroom: nine digits that pass the elfproef
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not 0). The messages say what is wrong
 * without repeating the number, so they are safe in logs and incidents.
 */
public final class Burgerservicenummer {

  private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

  private Burgerservicenummer() {
  }

  /** Returns the BSN if it is valid; otherwise throws an {@link OngeldigBurgerservicenummerException}. */
  public static String valideer(String bsn) {
    if (bsn == null || bsn.isBlank()) {
      throw new OngeldigBurgerservicenummerException("Er is geen burgerservicenummer opgegeven.");
    }
    if (!NINE_DIGITS.matcher(bsn).matches()) {
      throw new OngeldigBurgerservicenummerException("Het burgerservicenummer is ongeldig: het moet uit precies 9 cijfers bestaan.");
    }
    if (!voldoetAanElfproef(bsn)) {
      throw new OngeldigBurgerservicenummerException("Het burgerservicenummer is ongeldig: het voldoet niet aan de elfproef.");
    }
    return bsn;
  }

  public static boolean isGeldig(String bsn) {
    return bsn != null && NINE_DIGITS.matcher(bsn).matches() && voldoetAanElfproef(bsn);
  }

  static boolean voldoetAanElfproef(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * Character.digit(nineDigits.charAt(i), 10);
    }
    sum -= Character.digit(nineDigits.charAt(8), 10);
    return sum != 0 && sum % 11 == 0;
  }
}
