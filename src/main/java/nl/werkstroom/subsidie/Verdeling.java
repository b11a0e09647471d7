package nl.werkstroom.subsidie;

/** How a scheme divides its ceiling (Awb 4:25–4:27): by order of receipt, or by ranking after the period closes. */
public enum Verdeling {
  VOLGORDE_VAN_BINNENKOMST("volgorde-van-binnenkomst"),
  RANGSCHIKKING("rangschikking");

  private final String code;

  Verdeling(String code) {
    this.code = code;
  }

  /** The value in configuration and in the process variable {@code verdeling}. */
  public String code() {
    return code;
  }
}
