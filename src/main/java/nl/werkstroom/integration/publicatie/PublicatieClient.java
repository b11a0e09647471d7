package nl.werkstroom.integration.publicatie;

import java.util.Objects;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Submits texts for official publication and reads their status. Publication is asynchronous: a
 * submission is accepted (202, status ingediend) and appears later; the process asks again. The
 * {@code Idempotency-Key} makes a retried submission return the first one instead of publishing twice.
 */
@Component
public class PublicatieClient {

  private final BackendConnection connection;
  private final RestClient http;

  public PublicatieClient(BackendHttp backendHttp, PublicatieProperties properties) {
    this.connection = properties.connection();
    RestClient.Builder builder = backendHttp.client(connection)
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    if (properties.token() != null && !properties.token().isBlank()) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.token());
    }
    this.http = builder.build();
  }

  public Publicatie dienIn(NieuwePublicatie publicatie, String idempotencyKey) {
    Objects.requireNonNull(idempotencyKey, "An idempotency key is required");
    return BackendHttp.call(connection, () -> present(http.post()
        .uri("/publicaties")
        .header("Idempotency-Key", idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON)
        .body(publicatie)
        .retrieve()
        .body(Publicatie.class)));
  }

  public Publicatie status(String publicatieId) {
    return BackendHttp.call(connection, () -> present(http.get()
        .uri("/publicaties/{id}", publicatieId)
        .retrieve()
        .body(Publicatie.class)));
  }

  /** An empty answer where a resource was due is as unusable as a malformed one: try again later. */
  private <T> T present(T body) {
    if (body == null) {
      throw new BackendUnavailableException(connection.system(), connection.system()
          + " gaf een leeg antwoord. Werkstroom probeert het opnieuw.", null);
    }
    return body;
  }
}
