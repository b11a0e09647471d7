package nl.werkstroom.dashboard.rollup;

import java.util.Date;

/** Column {@code op_tijd} of {@code ws_dash_duur}: whether a measured period met its deadline. */
public final class OpTijd {

  public static final int OP_TIJD = 1;
  public static final int TE_LAAT = 0;
  /** No deadline known at the moment of measuring; the dashboard compares with the configured period. */
  public static final int ONBEKEND = -1;

  private OpTijd() {
  }

  /** On time when done at or before the deadline (the same comparison as the rebuild's SQL). */
  static int tegen(Date klaar, Date uiterlijk) {
    if (uiterlijk == null) {
      return ONBEKEND;
    }
    return klaar.after(uiterlijk) ? TE_LAAT : OP_TIJD;
  }
}
