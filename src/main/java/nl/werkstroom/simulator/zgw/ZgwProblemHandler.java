package nl.werkstroom.simulator.zgw;

import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Writes the errors of the ZGW simulators (every controller below {@code nl.werkstroom.simulator.zgw})
 * as the ZGW APIs do: {@code application/problem+json} with {@code type}, {@code code}, {@code title},
 * {@code status}, {@code detail}, {@code instance} and, for validation errors, {@code invalidParams}.
 */
@RestControllerAdvice(basePackages = "nl.werkstroom.simulator.zgw")
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("werkstroom.simulators.enabled")
public class ZgwProblemHandler {

  public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  @ExceptionHandler(ZgwProblemException.class)
  ResponseEntity<ZgwProblem> problem(ZgwProblemException e) {
    return answer(e);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ZgwProblem> unreadable(HttpMessageNotReadableException e) {
    return answer(new ZgwProblemException(HttpStatus.BAD_REQUEST, "ParseError", "parse_error",
        "Het verzoek bevat geen geldige JSON.", "Het verzoek bevat geen geldige JSON.", null));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ZgwProblem> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    return answer(new ZgwProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
        "unsupported_media_type", "Media type wordt niet ondersteund.",
        "Media type '" + e.getContentType() + "' wordt niet ondersteund; gebruik application/json.", null));
  }

  /** The answer for a problem, also for callers outside Spring MVC's exception handling. */
  public static ResponseEntity<ZgwProblem> answer(ZgwProblemException e) {
    String type = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/simulator/zgw/ref/fouten/{name}/").buildAndExpand(e.typeName()).toUriString();
    List<ZgwProblem.InvalidParam> invalidParams = e.invalidParams();
    ZgwProblem body = new ZgwProblem(type, e.code(), e.title(), e.status().value(),
        e.detail() == null ? "" : e.detail(), "urn:uuid:" + UUID.randomUUID(), invalidParams);
    return ResponseEntity.status(e.status()).contentType(PROBLEM_JSON).body(body);
  }
}
