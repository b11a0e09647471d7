package nl.werkstroom.integration.kvk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.ErrorBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * KVK Handelsregister API Basisprofiel: the basic data of one registration by KVK number
 * ({@code GET /v1/basisprofielen/{kvkNummer}}). A 404 means KVK cannot deliver the registration
 * (IPD0005: unknown or not deliverable) and becomes an empty answer, except the 404s that KVK uses
 * for "temporarily unavailable" (IPD1002, IPD1003), which are retried like a 5xx.
 */
@Component
public class KvkClient {

  private static final Logger LOG = LoggerFactory.getLogger(KvkClient.class);
  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
  private static final Set<String> TEMPORARILY_UNAVAILABLE = Set.of("IPD1002", "IPD1003");
  /** KvK's code for "no registration with this number". */
  private static final String NOT_REGISTERED = "IPD0005";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BackendConnection connection;
  private final RestClient rest;

  public KvkClient(BackendHttp http, KvkProperties properties) {
    this.connection = properties.connection();
    RestClient.Builder builder = http.client(connection)
        .defaultHeader("Accept", "application/hal+json, application/json");
    if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
      builder.defaultHeader("apikey", properties.apiKey());
    }
    this.rest = builder.build();
  }

  /**
   * The basisprofiel of this KVK number, or empty when KVK does not know it (404).
   *
   * @throws OngeldigKvkNummerException when the number is not eight digits; nothing is sent
   * @throws BackendRejectedException when KVK refuses the request (4xx other than "not found")
   * @throws BackendUnavailableException when KVK cannot answer (5xx, time-out, unreadable answer)
   */
  public Optional<Basisprofiel> basisprofiel(String kvkNummer) {
    valideer(kvkNummer);
    try {
      Basisprofiel profiel = BackendHttp.call(connection, () -> rest.get()
          .uri("/v1/basisprofielen/{kvkNummer}", kvkNummer)
          .retrieve()
          .onStatus(status -> status.value() == 404, (request, response) -> {
            byte[] body = response.getBody().readAllBytes();
            if (!Collections.disjoint(foutCodes(body), TEMPORARILY_UNAVAILABLE)) {
              throw new BackendUnavailableException(connection.system(), connection.system()
                  + " kan de gegevens tijdelijk niet leveren: " + ErrorBodies.describe(body)
                  + ". Werkstroom probeert het opnieuw.", null);
            }
            if (foutCodes(body).contains(NOT_REGISTERED)) {
              throw new NotRegistered();
            }
            // Not KvK's "unknown number": a wrong URL or path, which must become an incident.
            throw new BackendRejectedException(connection.system(), 404, "onverwacht antwoord zonder foutcode "
                + NOT_REGISTERED + "; controleer werkstroom.integration.kvk.url. " + ErrorBodies.describe(body));
          })
          .body(Basisprofiel.class));
      if (profiel == null) {
        throw new BackendUnavailableException(connection.system(), connection.system()
            + " gaf een leeg antwoord. Werkstroom probeert het opnieuw.", null);
      }
      return Optional.of(profiel);
    } catch (NotRegistered e) {
      LOG.debug("KVK basisprofiel: not found");
      return Optional.empty();
    }
  }

  public static String valideer(String kvkNummer) {
    if (kvkNummer == null || !EIGHT_DIGITS.matcher(kvkNummer).matches()) {
      throw new OngeldigKvkNummerException("Het KVK-nummer is ongeldig: het moet uit precies 8 cijfers bestaan.");
    }
    return kvkNummer;
  }

  /** The IPD codes in a KVK error body ({@code {"fout": [{"code": "IPD0005", "omschrijving": ...}]}}). */
  private static Set<String> foutCodes(byte[] body) {
    Set<String> codes = new HashSet<>();
    try {
      for (JsonNode fout : JSON.readTree(body).path("fout")) {
        codes.add(fout.path("code").asText());
      }
    } catch (Exception notJson) {
      // An error body that is not KVK's JSON has no codes.
    }
    return codes;
  }

  /** The KvK answered that it has no registration with the number: an outcome, not a failure. */
  private static final class NotRegistered extends RuntimeException {
    NotRegistered() {
      super(null, null, false, false);
    }
  }
}
