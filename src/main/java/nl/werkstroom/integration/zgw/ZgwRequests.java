package nl.werkstroom.integration.zgw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What the clients of the four ZGW APIs share: a {@link RestClient} that signs every request with a
 * fresh ZGW JWT ({@link ZgwToken}) and reads and writes JSON with ISO dates; reading a paginated list
 * ({@code count}, {@code next}, {@code previous}, {@code results}) page after page; and turning an
 * absolute resource URL that an API handed out back into a path below the configured API, so that a
 * token is only ever sent to the configured API, never to a host a URL happens to name.
 */
public final class ZgwRequests {

  /** JSON as the ZGW APIs write it: ISO dates, unknown fields ignored (the APIs add fields in minor versions). */
  public static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();

  /** The {@code user_id} and {@code user_representation} claims: Werkstroom acts as itself, not for a person. */
  static final String USER_ID = "werkstroom";
  static final String USER_REPRESENTATION = "Werkstroom";

  /** A list longer than this many pages is not something Werkstroom asks for; stop rather than loop. */
  private static final int MAX_PAGES = 1000;

  private ZgwRequests() {
  }

  public static RestClient client(BackendHttp http, BackendConnection connection, ZgwProperties properties) {
    return http.client(connection)
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .requestInterceptor(signedWith(properties))
        .messageConverters(converters -> {
          converters.removeIf(MappingJackson2HttpMessageConverter.class::isInstance);
          converters.add(0, new MappingJackson2HttpMessageConverter(JSON));
        })
        .build();
  }

  private static ClientHttpRequestInterceptor signedWith(ZgwProperties properties) {
    return (request, body, execution) -> {
      if (isBlank(properties.clientId()) || isBlank(properties.secret())) {
        throw new IllegalStateException("No ZGW credentials configured: set werkstroom.integration.zgw.client-id "
            + "and werkstroom.integration.zgw.secret");
      }
      request.getHeaders().setBearerAuth(ZgwToken.create(properties.clientId(), properties.secret(), USER_ID,
          USER_REPRESENTATION, Instant.now()));
      return execution.execute(request, body);
    };
  }

  /**
   * Every item of a list, following {@code next} until the last page. Accepts a plain JSON array
   * too, as some list operations (zaakinformatieobjecten) answer without pages.
   */
  public static <T> List<T> readAll(RestClient client, BackendConnection connection, ApiPath first, Class<T> type,
      Consumer<HttpHeaders> headers) {
    return BackendHttp.call(connection, () -> {
      List<T> items = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      ApiPath path = first;
      for (int page = 0; path != null; page++) {
        if (page == MAX_PAGES || !seen.add(path.toString())) {
          throw new RestClientException(connection.system() + " keeps paging (" + page + " pages)");
        }
        ApiPath current = path;
        JsonNode answer = client.get().uri(current::applyTo).headers(headers).retrieve().body(JsonNode.class);
        if (answer != null && answer.isArray()) {
          addAll(items, answer, type);
          path = null;
        } else if (answer != null && answer.isObject() && answer.path("results").isArray()) {
          addAll(items, answer.get("results"), type);
          String next = answer.path("next").textValue();
          path = next == null || next.isBlank() ? null : within(connection, next);
        } else {
          throw new RestClientException(connection.system() + " answered without a list of results");
        }
      }
      return items;
    });
  }

  private static <T> void addAll(List<T> items, JsonNode results, Class<T> type) {
    for (JsonNode item : results) {
      try {
        items.add(JSON.treeToValue(item, type));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new RestClientException("Unreadable " + type.getSimpleName() + " in list", e);
      }
    }
  }

  /** The answer's body, or a readable failure when an API answers 2xx without one. */
  public static <T> T required(T body, BackendConnection connection) {
    if (body == null) {
      throw new RestClientException(connection.system() + " answered without a body");
    }
    return body;
  }

  /**
   * The path and query of {@code url} below the configured API. For an API elsewhere the URL must
   * start with the configured scheme, host and path; for this installation's simulators (a
   * configured URL starting with {@code /}) only the path counts, as the call goes to this
   * installation whatever host the URL names.
   */
  public static ApiPath within(BackendConnection connection, String url) {
    URI uri;
    try {
      uri = URI.create(Objects.requireNonNull(url, "url"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + url + "' is geen geldige URL van de " + connection.system() + ".", e);
    }
    String basePath;
    if (connection.isLocal()) {
      basePath = connection.url();
    } else {
      URI base = URI.create(connection.url());
      if (!uri.isAbsolute() || !base.getScheme().equalsIgnoreCase(uri.getScheme())
          || !base.getHost().equalsIgnoreCase(String.valueOf(uri.getHost())) || port(base) != port(uri)) {
        throw notOfThisApi(connection, url);
      }
      basePath = base.getRawPath() == null ? "" : base.getRawPath();
    }
    basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.startsWith(basePath + "/")) {
      throw notOfThisApi(connection, url);
    }
    ApiPath result = ApiPath.of(UriUtils.decode(path.substring(basePath.length()), StandardCharsets.UTF_8));
    UriComponentsBuilder.fromUri(uri).build().getQueryParams().forEach((name, values) -> values.forEach(value ->
        result.query.add(UriUtils.decode(name, StandardCharsets.UTF_8),
            value == null ? "" : UriUtils.decode(value, StandardCharsets.UTF_8))));
    return result;
  }

  private static IllegalArgumentException notOfThisApi(BackendConnection connection, String url) {
    return new IllegalArgumentException("De URL " + url + " hoort niet bij de " + connection.system() + " ("
        + connection.url() + "); Werkstroom stuurt zijn sleutel alleen naar de geconfigureerde API.");
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** A path below an API's base URL with its (decoded) query parameters. */
  public static final class ApiPath {

    private final String path;
    private final MultiValueMap<String, String> query = new LinkedMultiValueMap<>();

    private ApiPath(String path) {
      this.path = path;
    }

    public static ApiPath of(String path) {
      return new ApiPath(path);
    }

    /** Adds a query parameter, unless its value is null. */
    public ApiPath param(String name, Object value) {
      if (value != null) {
        query.add(name, value.toString());
      }
      return this;
    }

    /** Values go in as URI variables, so that a value is encoded once and never read as a template. */
    public URI applyTo(UriBuilder builder) {
      builder.path(path);
      List<Object> values = new ArrayList<>();
      query.forEach((name, named) -> named.forEach(value -> {
        builder.queryParam(name, "{v" + values.size() + "}");
        values.add(value);
      }));
      return builder.build(values.toArray());
    }

    @Override
    public String toString() {
      return path + "?" + query;
    }
  }
}
