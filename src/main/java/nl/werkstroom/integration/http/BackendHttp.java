package nl.werkstroom.integration.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriBuilderFactory;

/**
 * Builds the HTTP client of one backend: its base URL, its time-outs, and errors turned into
 * {@link BackendRejectedException} (4xx) and {@link BackendUnavailableException} (5xx, 408, 429). Clients
 * wrap every call in {@link #call} so that time-outs and unreadable answers become a
 * {@link BackendUnavailableException} too.
 */
@Component
public class BackendHttp {

  private final LocalServer localServer;
  private final ObjectMapper json;

  @Autowired
  public BackendHttp(LocalServer localServer, ObjectMapper json) {
    this.localServer = localServer;
    this.json = json;
  }

  /** For clients built outside Spring (tests): Spring's Jackson defaults, dates as ISO text. */
  public BackendHttp(LocalServer localServer) {
    this(localServer, Jackson2ObjectMapperBuilder.json()
        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());
  }

  public RestClient.Builder client(BackendConnection connection) {
    HttpClient http = HttpClient.newBuilder()
        // HTTP/1.1: the JDK would otherwise try an h2c upgrade on plain http, which some servers
        // answer by dropping a request that has a body.
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connection.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(connection.readTimeout());
    String system = connection.system();
    return RestClient.builder()
        .requestFactory(requests)
        .messageConverters(converters -> converters.replaceAll(converter ->
            converter instanceof MappingJackson2HttpMessageConverter ? new MappingJackson2HttpMessageConverter(json)
                : converter))
        .uriBuilderFactory(new ResolvingUriBuilderFactory(() -> baseUrl(connection)))
        .defaultStatusHandler(status -> status.is4xxClientError() && !isTemporary(status), (request, response) -> {
          throw new BackendRejectedException(system, response.getStatusCode().value(),
              ErrorBodies.describe(response.getBody().readAllBytes()));
        })
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
          String explanation = ErrorBodies.describe(response.getBody().readAllBytes());
          throw new BackendUnavailableException(system, system + " gaf een fout (HTTP "
              + response.getStatusCode().value() + ")" + (explanation.isBlank() ? "" : ": " + explanation)
              + ". Werkstroom probeert het opnieuw.", null);
        });
  }

  /** Runs one call, turning time-outs, lost connections and unreadable answers into retryable failures. */
  public static <T> T call(BackendConnection connection, Supplier<T> call) {
    try {
      return call.get();
    } catch (BackendException e) {
      throw e;
    } catch (ResourceAccessException e) {
      throw new BackendUnavailableException(connection.system(), connection.system()
          + " is niet bereikbaar of antwoordt niet binnen " + seconds(connection.readTimeout())
          + ". Werkstroom probeert het opnieuw.", e);
    } catch (RestClientException e) {
      throw new BackendUnavailableException(connection.system(), connection.system()
          + " gaf een antwoord dat Werkstroom niet kan lezen. Werkstroom probeert het opnieuw.", e);
    }
  }

  /** 408 and 429 ask the client to come back later: retried like a 5xx, not refused for good. */
  private static boolean isTemporary(HttpStatusCode status) {
    return status.value() == 408 || status.value() == 429;
  }

  private static String seconds(java.time.Duration duration) {
    return String.format(java.util.Locale.forLanguageTag("nl"), "%.1f s", duration.toMillis() / 1000.0)
        .replace(",0 s", " s");
  }

  private String baseUrl(BackendConnection connection) {
    return connection.isLocal() ? localServer.baseUrl() + connection.url() : connection.url();
  }

  /** Resolves the base URL at each request, because the local server's port is known only after start. */
  private record ResolvingUriBuilderFactory(Supplier<String> base) implements UriBuilderFactory {

    private UriBuilderFactory current() {
      DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(base.get());
      factory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.URI_COMPONENT);
      return factory;
    }

    @Override
    public UriBuilder uriString(String uriTemplate) {
      return current().uriString(uriTemplate);
    }

    @Override
    public UriBuilder builder() {
      return current().builder();
    }

    @Override
    public URI expand(String uriTemplate, Map<String, ?> uriVariables) {
      return current().expand(uriTemplate, uriVariables);
    }

    @Override
    public URI expand(String uriTemplate, Object... uriVariables) {
      return current().expand(uriTemplate, uriVariables);
    }
  }
}
