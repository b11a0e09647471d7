package nl.werkstroom.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.model.xml.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers engine errors caused by the caller with a 4xx and a message instead of Camunda's 500:
 * a model that does not parse, a Java-serialized variable, a task or instance of another tenant.
 * Everything else goes to Camunda's own mapping, so the REST API keeps its documented error body
 * ({@code type}, {@code message}) that Camunda Modeler shows to the process owner.
 */
@Provider
@Priority(1)
class EngineRestErrors implements ExceptionMapper<ProcessEngineException> {

  private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

  private static final Map<String, String> TENANT_MESSAGES = Map.of(
      "belongs to no authenticated tenant", "U heeft geen toegang tot gegevens van deze gemeente.");

  @Override
  public Response toResponse(ProcessEngineException exception) {
    String message = String.valueOf(exception.getMessage());
    if (message.contains("Java serialization format is prohibited") || message.contains("ENGINE-17007")) {
      return error(Status.BAD_REQUEST, "InvalidRequestException",
          "Variabelen in Java-serialisatie worden niet geaccepteerd; gebruik een eenvoudig type of JSON.");
    }
    for (Map.Entry<String, String> tenant : TENANT_MESSAGES.entrySet()) {
      if (message.contains(tenant.getKey())) {
        return error(Status.FORBIDDEN, "AuthorizationException", tenant.getValue());
      }
    }
    if (isInvalidModel(exception)) {
      log.info("Refused an invalid model: {}", message);
      return error(Status.BAD_REQUEST, "ParseException", "Het model kan niet worden gelezen: " + message);
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  private static boolean isInvalidModel(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof DmnEngineException || cause instanceof ModelException) {
        return true;
      }
    }
    return false;
  }

  private static Response error(Status status, String type, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message))
        .build();
  }

  @Component
  static class Registration implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
      config.register(EngineRestErrors.class);
    }
  }
}
