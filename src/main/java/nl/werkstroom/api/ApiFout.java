package nl.werkstroom.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with its HTTP status and the Dutch answer for the client
 * ({@link Foutmelding}). A refusal, not a fault: it carries no stack trace.
 */
public class ApiFout extends RuntimeException {

  private final HttpStatus status;
  private final List<Veldfout> fouten;

  public ApiFout(HttpStatus status, String melding, List<Veldfout> fouten) {
    super(melding, null, false, false);
    this.status = status;
    this.fouten = fouten == null ? List.of() : List.copyOf(fouten);
  }

  public static ApiFout ongeldig(String melding, List<Veldfout> fouten) {
    return new ApiFout(HttpStatus.BAD_REQUEST, melding, fouten);
  }

  public static ApiFout ongeldigVeld(String veld, String melding) {
    return ongeldig(melding, List.of(new Veldfout(veld, melding)));
  }

  public static ApiFout geenToegang(String melding) {
    return new ApiFout(HttpStatus.FORBIDDEN, melding, null);
  }

  public static ApiFout nietGevonden(String melding) {
    return new ApiFout(HttpStatus.NOT_FOUND, melding, null);
  }

  public static ApiFout conflict(String melding) {
    return new ApiFout(HttpStatus.CONFLICT, melding, null);
  }

  public static ApiFout nietBeschikbaar(String melding) {
    return new ApiFout(HttpStatus.SERVICE_UNAVAILABLE, melding, null);
  }

  public HttpStatus status() {
    return status;
  }

  public Foutmelding antwoord() {
    return new Foutmelding(getMessage(), fouten);
  }
}
