package nl.werkstroom.dashboard;

import nl.werkstroom.api.ApiFout;
import nl.werkstroom.api.Foutmelding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The dashboard API's refusals and failures as the rest of Werkstroom's API gives them: a
 * {@link Foutmelding} in Dutch, never a stack trace. Always JSON, also when a CSV file was asked
 * for: a refusal is not a table.
 */
@RestControllerAdvice(basePackageClasses = DashboardController.class)
class DashboardFoutafhandeling {

  private static final Logger log = LoggerFactory.getLogger(DashboardFoutafhandeling.class);

  @ExceptionHandler(ApiFout.class)
  ResponseEntity<Foutmelding> weigering(ApiFout fout) {
    return antwoord(fout.status(), fout.antwoord());
  }

  /** Only reached when no login came with the request; the security chain normally answers first. */
  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<Foutmelding> nietAangemeld(AuthenticationException exception) {
    return antwoord(HttpStatus.UNAUTHORIZED, Foutmelding.van("U bent niet aangemeld. Meld u aan om het dashboard te zien."));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Foutmelding> storing(Exception exception) {
    log.error("Dashboard request failed", exception);
    return antwoord(HttpStatus.INTERNAL_SERVER_ERROR,
        Foutmelding.van("De cijfers konden nu niet worden opgehaald. Probeer het later opnieuw."));
  }

  private static ResponseEntity<Foutmelding> antwoord(HttpStatus status, Foutmelding melding) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(melding);
  }
}
