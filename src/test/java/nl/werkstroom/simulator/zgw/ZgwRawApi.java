package nl.werkstroom.simulator.zgw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import nl.werkstroom.integration.zgw.ZgwToken;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A ZGW simulator as a client without Werkstroom's typed client sees it: any request, any headers,
 * every answer returned with its status, headers and body, for the error cases the typed clients
 * never send.
 */
public final class ZgwRawApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final RestClient client;

  private ZgwRawApi(RestClient client) {
    this.client = client;
  }

  public static ZgwRawApi on(int port) {
    return new ZgwRawApi(RestClient.builder().baseUrl("http://localhost:" + port).build());
  }

  /** A valid token for this client id and secret, as {@code Authorization} header value. */
  public static String bearer(String clientId, String secret) {
    return "Bearer " + ZgwToken.create(clientId, secret, "test", "Test", Instant.now());
  }

  public Answer send(HttpMethod method, String uri, String body, Consumer<HttpHeaders> headers) {
    RestClient.RequestBodySpec request = client.method(method).uri(uri).headers(headers);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.exchange((req, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  public record Answer(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }

    /** The code of the first invalid parameter with this name, or null. */
    public String invalidParamCode(String name) {
      for (JsonNode param : json().path("invalidParams")) {
        if (name.equals(param.path("name").asText())) {
          return param.path("code").asText();
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
