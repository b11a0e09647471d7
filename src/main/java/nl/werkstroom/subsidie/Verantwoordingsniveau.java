package nl.werkstroom.subsidie;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a subsidy recipient accounts for the subsidy, by granted amount (VNG model-ASV), as the DMN
 * decision {@code subsidieVerantwoordingsniveau} sets it in variable {@code verantwoordingsniveau}.
 */
public enum Verantwoordingsniveau {
  /** Granted and settled at once: no report afterwards. */
  DIRECT("direct"),
  /** A report on the activities. */
  ACTIVITEITENVERSLAG("activiteitenverslag"),
  /** A report on the activities and a financial statement with an auditor's report. */
  FINANCIEEL_VERSLAG("financieel-verslag");

  private final String code;

  Verantwoordingsniveau(String code) {
    this.code = code;
  }

  /** The value in the process variable {@code verantwoordingsniveau}. */
  public String code() {
    return code;
  }

  public static Optional<Verantwoordingsniveau> van(String code) {
    return Arrays.stream(values()).filter(niveau -> niveau.code.equals(code)).findFirst();
  }
}
