package nl.werkstroom.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The engine's REST API as one user sees it: HTTP Basic with that user's credentials, every answer
 * returned as status and JSON body whatever the status, so tests assert what a client would get.
 */
public class RestApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final RestClient client;

  private RestApi(RestClient client) {
    this.client = client;
  }

  public static RestApi as(int port, String user, String password) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new RestApi(base(port).defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials).build());
  }

  /** A demo user, whose password equals the user name. */
  public static RestApi as(int port, String demoUser) {
    return as(port, demoUser, demoUser);
  }

  public static RestApi anonymous(int port) {
    return new RestApi(base(port).build());
  }

  private static RestClient.Builder base(int port) {
    return RestClient.builder().baseUrl("http://localhost:" + port);
  }

  public Answer get(String path) {
    return exchange(client.get().uri(path));
  }

  public Answer post(String path, Object json) {
    return exchange(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json));
  }

  public Answer postRaw(String path, MediaType type, byte[] body) {
    return exchange(client.post().uri(path).contentType(type).body(body));
  }

  /** A deployment as Camunda Modeler sends it: multipart/form-data to /engine-rest/deployment/create. */
  public Answer deploy(String deploymentName, Map<String, byte[]> files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", deploymentName);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "true");
    files.forEach((name, content) -> parts.add(name, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    return exchange(client.post().uri("/engine-rest/deployment/create")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
  }

  private Answer exchange(RestClient.RequestHeadersSpec<?> request) {
    return request.exchange((req, response) -> {
      byte[] body = response.getBody().readAllBytes();
      return new Answer(response.getStatusCode().value(), new String(body, StandardCharsets.UTF_8));
    });
  }

  /** Status and body of one answer. */
  public record Answer(int status, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
