package nl.werkstroom.simulator.financien;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** Checks an IBAN as banks do (ISO 13616): its shape and the mod-97 check digits. */
final class Iban {

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Iban() {
  }

  static boolean isGeldig(String iban) {
    if (iban == null || !SHAPE.matcher(iban).matches()) {
      return false;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }
}
