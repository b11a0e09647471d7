package nl.werkstroom.integration.financien;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An IBAN as banks check it (ISO 13616): country, check digits and account, with the mod-97 check
 * digits right. Spaces as people write them ("NL91 ABNA 0417 1643 00") are accepted and dropped.
 */
public final class Iban {

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Iban() {
  }

  /** The IBAN without spaces, in capitals. */
  public static String normaliseer(String iban) {
    return iban == null ? null : iban.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  public static boolean isGeldig(String iban) {
    String compact = normaliseer(iban);
    if (compact == null || !SHAPE.matcher(compact).matches()) {
      return false;
    }
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }
}
