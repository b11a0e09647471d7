package nl.werkstroom.subsidie;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.werkstroom.integration.tekst.DutchFormat;

/**
 * Amounts in euros as process variables hold them. Forms and JSON deliver a number as Double,
 * Long or Integer, sometimes as text; the process computes in {@link BigDecimal} and stores a
 * Double rounded to cents, which the letters show as "€ 1.250,00".
 */
public final class Bedrag {

  public static final BigDecimal NUL = new BigDecimal("0.00");

  private Bedrag() {
  }

  /**
   * The amount in a variable's value: any {@link Number}, or text such as "1250.00" or "1250,00";
   * null when there is none. A Double is read by its decimal notation, so 1234.57 stays 1234.57.
   *
   * @throws NumberFormatException when the value is not a number
   */
  public static BigDecimal lees(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof BigDecimal amount) {
      return amount;
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        throw new NumberFormatException(value.toString());
      }
      return BigDecimal.valueOf(number);
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    String text = value.toString().strip();
    if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
      text = text.replace(',', '.');
    }
    return new BigDecimal(text);
  }

  /** Rounded to cents, half up. */
  public static BigDecimal opCenten(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The value to store in a process variable: a Double, rounded to cents. */
  public static Double alsVariabele(BigDecimal amount) {
    return opCenten(amount).doubleValue();
  }

  public static boolean heeftHoogstensTweeDecimalen(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= 2;
  }

  /** "€ 1.250,00". */
  public static String tekst(BigDecimal amount) {
    return DutchFormat.euro(amount);
  }
}
