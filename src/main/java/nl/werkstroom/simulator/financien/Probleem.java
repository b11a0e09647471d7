package nl.werkstroom.simulator.financien;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error as the finance API reports it: RFC 9457 problem details with a machine-readable
 * {@code code} and, for bad input, {@code invalidParams} (the same shape as the ZGW APIs).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Probleem(String type, String code, String title, int status, String detail, List<InvalidParam> invalidParams) {

  record InvalidParam(String name, String code, String reason) {
  }

  /** Thrown by the simulator's handling; the controller turns it into the problem response. */
  static final class Fout extends RuntimeException {

    private final transient Probleem probleem;

    Fout(int status, String code, String title, String detail) {
      this(new Probleem("https://werkstroom.nl/problemen/financien/" + code, code, title, status, detail, List.of()));
    }

    Fout(Probleem probleem) {
      super(probleem.title(), null, false, false);
      this.probleem = probleem;
    }

    Probleem probleem() {
      return probleem;
    }
  }

  static Fout ongeldig(List<InvalidParam> params) {
    return new Fout(new Probleem("https://werkstroom.nl/problemen/financien/ongeldige-invoer", "ongeldige-invoer",
        "Het verzoek bevat ongeldige gegevens.", 400, null, List.copyOf(params)));
  }

  static Fout nietGevonden(String wat) {
    return new Fout(404, "niet-gevonden", "Niet gevonden.", wat + " bestaat niet.");
  }
}
