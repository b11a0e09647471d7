package nl.werkstroom.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every refusal and failure of Werkstroom's own API into a {@link Foutmelding} with the right
 * status. Parser details, stack traces and values the client sent never reach the answer: a body
 * may carry a BSN. Limited to the API's controllers; the simulators answer in their own formats.
 */
@RestControllerAdvice(basePackages = {"nl.werkstroom.subsidie", "nl.werkstroom.noodknop", "nl.werkstroom.dashboard"})
class ApiFoutafhandeling {

  static final String GEEN_JSON = "De aanvraag is geen geldige JSON.";
  private static final Logger log = LoggerFactory.getLogger(ApiFoutafhandeling.class);

  @ExceptionHandler(ApiFout.class)
  ResponseEntity<Foutmelding> weigering(ApiFout fout) {
    return antwoord(fout.status(), fout.antwoord());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Foutmelding> onleesbaar(HttpMessageNotReadableException exception) {
    Throwable cause = exception.getCause();
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String veld = veld(mismatch.getPath());
      String melding = "'" + veld + "' moet " + verwacht(mismatch.getTargetType()) + " zijn.";
      return antwoord(HttpStatus.BAD_REQUEST, new Foutmelding("De aanvraag is niet in orde.",
          List.of(new Veldfout(veld, melding))));
    }
    if (cause instanceof MismatchedInputException) {
      return antwoord(HttpStatus.BAD_REQUEST, Foutmelding.van("De aanvraag moet een JSON-object zijn."));
    }
    if (cause instanceof JsonProcessingException) {
      return antwoord(HttpStatus.BAD_REQUEST, Foutmelding.van(GEEN_JSON));
    }
    return antwoord(HttpStatus.BAD_REQUEST, Foutmelding.van("De aanvraag is leeg: stuur een JSON-object."));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Foutmelding> geenJson(HttpMediaTypeNotSupportedException exception) {
    return antwoord(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        Foutmelding.van("Stuur de aanvraag als JSON (Content-Type: application/json)."));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Foutmelding> verkeerdeMethode(HttpRequestMethodNotSupportedException exception) {
    return antwoord(HttpStatus.METHOD_NOT_ALLOWED, Foutmelding.van("Deze methode kan hier niet worden gebruikt."));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Foutmelding> geenToestemming(AuthorizationException exception) {
    return antwoord(HttpStatus.FORBIDDEN, Foutmelding.van("U heeft hiervoor geen toestemming."));
  }

  /** Only reached when no login came with the request; the security chain normally answers first. */
  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<Foutmelding> nietAangemeld(AuthenticationException exception) {
    return antwoord(HttpStatus.UNAUTHORIZED, Foutmelding.van("U bent niet aangemeld."));
  }

  @ExceptionHandler(MismatchingMessageCorrelationException.class)
  ResponseEntity<Foutmelding> wachtNiet(MismatchingMessageCorrelationException exception) {
    return antwoord(HttpStatus.CONFLICT, Foutmelding.van("De zaak wacht hier nu niet op."));
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<Foutmelding> bezig(OptimisticLockingException exception) {
    return weigering(BijGelijktijdigWerk.bezig());
  }

  /** The engine's refusals of input: ours (OngeldigeInvoerException) and the tenant choice are Dutch. */
  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Foutmelding> ongeldig(BadUserRequestException exception) {
    return antwoord(HttpStatus.BAD_REQUEST, Foutmelding.van(exception.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Foutmelding> storing(Exception exception) {
    log.error("API request failed", exception);
    return antwoord(HttpStatus.INTERNAL_SERVER_ERROR,
        Foutmelding.van("Er ging iets mis bij het verwerken van de aanvraag. Probeer het later opnieuw."));
  }

  /** Always JSON, also where a CSV file was asked for: a refusal is not a table. */
  private static ResponseEntity<Foutmelding> antwoord(HttpStatus status, Foutmelding melding) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(melding);
  }

  private static String veld(List<Reference> path) {
    StringBuilder veld = new StringBuilder();
    for (Reference step : path) {
      if (step.getFieldName() != null) {
        veld.append(veld.isEmpty() ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        veld.append('[').append(step.getIndex()).append(']');
      }
    }
    return veld.toString();
  }

  private static String verwacht(Class<?> type) {
    if (type == null) {
      return "een andere soort waarde";
    }
    if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type.isPrimitive() && type != boolean.class) {
      return "een getal";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true of false";
    }
    if (type == String.class) {
      return "tekst";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "een lijst";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "een JSON-object";
    }
    return "een andere soort waarde";
  }
}
