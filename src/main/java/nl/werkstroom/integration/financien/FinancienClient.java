package nl.werkstroom.integration.financien;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.ErrorBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The finance system: reserve an amount on a budget, release it, commit it to a creditor, pay it;
 * raise a receivable (vordering) to recover money. Every call that creates something carries an {@code Idempotency-Key}: the same key again returns
 * what the first call made, so a retried job never reserves or pays twice. A reservation that would
 * exceed the ceiling is a {@link BudgetOntoereikendException}.
 */
@Component
public class FinancienClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final BackendConnection connection;
  private final RestClient http;

  public FinancienClient(BackendHttp backendHttp, FinancienProperties properties) {
    this.connection = properties.connection();
    RestClient.Builder builder = backendHttp.client(connection)
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    if (properties.token() != null && !properties.token().isBlank()) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.token());
    }
    this.http = builder.build();
  }

  /** Reserves an amount on a budget; throws {@link BudgetOntoereikendException} when it does not fit. */
  public Reservering reserveer(String administratie, String budgetcode, NieuweReservering reservering,
      String idempotencyKey) {
    requireKey(idempotencyKey);
    return BackendHttp.call(connection, () -> present(http.post()
        .uri("/administraties/{adm}/budgetten/{code}/reserveringen", administratie, budgetcode)
        .header(IDEMPOTENCY_KEY, idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON)
        .body(reservering)
        .retrieve()
        .onStatus(status -> status.value() == 422, this::refusal)
        .body(Reservering.class)));
  }

  public Reservering reservering(String administratie, String reserveringId) {
    return BackendHttp.call(connection, () -> present(http.get()
        .uri("/administraties/{adm}/reserveringen/{id}", administratie, reserveringId)
        .retrieve()
        .body(Reservering.class)));
  }

  /** Releases a reservation, so its amount is available again. Releasing twice is harmless. */
  public Reservering geefVrij(String administratie, String reserveringId) {
    return BackendHttp.call(connection, () -> present(http.post()
        .uri("/administraties/{adm}/reserveringen/{id}/vrijgeven", administratie, reserveringId)
        .retrieve()
        .body(Reservering.class)));
  }

  /** Commits (part of) a reservation to a creditor. */
  public Verplichting legVast(String administratie, NieuweVerplichting verplichting, String idempotencyKey) {
    requireKey(idempotencyKey);
    return BackendHttp.call(connection, () -> present(http.post()
        .uri("/administraties/{adm}/verplichtingen", administratie)
        .header(IDEMPOTENCY_KEY, idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON)
        .body(verplichting)
        .retrieve()
        .body(Verplichting.class)));
  }

  public Verplichting verplichting(String administratie, String verplichtingId) {
    return BackendHttp.call(connection, () -> present(http.get()
        .uri("/administraties/{adm}/verplichtingen/{id}", administratie, verplichtingId)
        .retrieve()
        .body(Verplichting.class)));
  }

  /** Schedules a payment against a commitment. */
  public Betaling betaal(String administratie, NieuweBetaling betaling, String idempotencyKey) {
    requireKey(idempotencyKey);
    return BackendHttp.call(connection, () -> present(http.post()
        .uri("/administraties/{adm}/betalingen", administratie)
        .header(IDEMPOTENCY_KEY, idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON)
        .body(betaling)
        .retrieve()
        .body(Betaling.class)));
  }

  public Betaling betaling(String administratie, String betalingId) {
    return BackendHttp.call(connection, () -> present(http.get()
        .uri("/administraties/{adm}/betalingen/{id}", administratie, betalingId)
        .retrieve()
        .body(Betaling.class)));
  }

  /** Raises a receivable: the debtor must pay {@code bedrag} by {@code vervaldatum}. */
  public Vordering stelVorderingIn(String administratie, NieuweVordering vordering, String idempotencyKey) {
    requireKey(idempotencyKey);
    return BackendHttp.call(connection, () -> present(http.post()
        .uri("/administraties/{adm}/vorderingen", administratie)
        .header(IDEMPOTENCY_KEY, idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON)
        .body(vordering)
        .retrieve()
        .body(Vordering.class)));
  }

  public Vordering vordering(String administratie, String vorderingId) {
    return BackendHttp.call(connection, () -> present(http.get()
        .uri("/administraties/{adm}/vorderingen/{id}", administratie, vorderingId)
        .retrieve()
        .body(Vordering.class)));
  }

  /** The receivables with this reference (e.g. the zaak identificatie), oldest first. */
  public List<Vordering> vorderingen(String administratie, String referentie) {
    return BackendHttp.call(connection, () -> Arrays.asList(present(http.get()
        .uri("/administraties/{adm}/vorderingen?referentie={ref}", administratie, referentie)
        .retrieve()
        .body(Vordering[].class))));
  }

  /**
   * The state of a budget. {@code beschikbaar} is what can still be reserved: the ceiling minus
   * what is reserved, committed and paid.
   */
  public Budget budget(String administratie, String budgetcode) {
    return BackendHttp.call(connection, () -> present(http.get()
        .uri("/administraties/{adm}/budgetten/{code}", administratie, budgetcode)
        .retrieve()
        .body(Budget.class)));
  }

  /** A 422 is a refusal on business grounds: the ceiling reached, or another rule. */
  private void refusal(HttpRequest request, ClientHttpResponse response) throws IOException {
    byte[] body = response.getBody().readAllBytes();
    String explanation = ErrorBodies.describe(body);
    if (BudgetOntoereikendException.CODE.equals(code(body))) {
      throw new BudgetOntoereikendException(connection.system(), explanation);
    }
    throw new BackendRejectedException(connection.system(), 422, explanation);
  }

  private static String code(byte[] body) {
    try {
      JsonNode problem = JSON.readTree(body);
      return problem == null ? null : problem.path("code").asText(null);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static void requireKey(String idempotencyKey) {
    Objects.requireNonNull(idempotencyKey, "An idempotency key is required");
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
