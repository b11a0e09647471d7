package nl.werkstroom.engine;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API with our error answers ({@link CallerErrors}) in place of Camunda's two
 * mappers for engine errors; JAX-RS gives no reliable way to rank two mappers of one exception type,
 * so ours replace theirs rather than compete with them.
 */
@Configuration
class EngineRestConfiguration {

  private static final Set<Class<?>> REPLACED_MAPPERS =
      Set.of(ProcessEngineExceptionHandler.class, RestExceptionHandler.class);

  @Bean
  CamundaJerseyResourceConfig engineRestResources() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(CamundaRestResources.getConfigurationClasses().stream()
            .filter(type -> !REPLACED_MAPPERS.contains(type))
            .collect(Collectors.toSet()));
        register(JacksonFeature.class);
        register(ProcessEngineErrors.class);
        register(RestErrors.class);
      }
    };
  }

  static class ProcessEngineErrors implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return CallerErrors.toResponse(exception);
    }
  }

  static class RestErrors implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return CallerErrors.toResponse(exception);
    }
  }
}
