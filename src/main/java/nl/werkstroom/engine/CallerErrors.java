package nl.werkstroom.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Recognises engine errors that the caller caused, which stock Camunda answers with 500: a model
 * that does not parse, a Java-serialized variable, a weak password, a case of another municipality,
 * and our own refusals wrapped by the REST layer. They get a 4xx with a message in the REST API's
 * documented error body ({@code type}, {@code message}) that Camunda Modeler shows to the process
 * owner. Anything else is answered as Camunda would.
 */
final class CallerErrors {

  private CallerErrors() {
  }

  static Response toResponse(Throwable exception) {
    return classify(exception).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
  }

  static Optional<Response> classify(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("ENGINE-17007")) {
        return answer(Status.BAD_REQUEST, "InvalidRequestException",
            "Variabelen in Java-serialisatie worden niet geaccepteerd; gebruik een eenvoudig type of JSON.");
      }
      if (message.contains("belongs to no authenticated tenant")) {
        return answer(Status.FORBIDDEN, "AuthorizationException",
            "U heeft geen toegang tot gegevens van deze gemeente.");
      }
      if (message.contains("Password does not match policy")) {
        return answer(Status.BAD_REQUEST, "InvalidRequestException",
            "Het wachtwoord voldoet niet aan het wachtwoordbeleid: minstens 10 tekens, met een hoofdletter, "
                + "een kleine letter, een cijfer en een speciaal teken, en zonder de gebruikersnaam.");
      }
      if (cause instanceof ParseException) {
        return Optional.of(ExceptionHandlerHelper.getInstance().getResponse(cause));
      }
      if (cause instanceof ModelException || cause instanceof DmnEngineException
          || message.contains("ENGINE-09003") || message.contains("ENGINE-22004")) {
        return answer(Status.BAD_REQUEST, "ParseException", "Het model kan niet worden gelezen: " + message);
      }
      if (cause instanceof BadUserRequestException) {
        return answer(Status.BAD_REQUEST, "InvalidRequestException", message);
      }
    }
    return Optional.empty();
  }

  private static Optional<Response> answer(Status status, String type, String message) {
    return Optional.of(Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message))
        .build());
  }
}
