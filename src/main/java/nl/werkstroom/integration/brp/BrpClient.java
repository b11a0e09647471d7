package nl.werkstroom.integration.brp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Haal Centraal BRP Personen bevragen 2: consults one person by BSN ({@code POST /personen} with
 * {@code RaadpleegMetBurgerservicenummer}), asking only for the fields the caller needs. The BSN is
 * checked (nine digits, elfproef) before anything is sent; it travels only in the request body and
 * never appears in logs or exception messages.
 */
@Component
public class BrpClient {

  private static final Logger LOG = LoggerFactory.getLogger(BrpClient.class);
  private static final Pattern GEMEENTECODE = Pattern.compile("\\d{4}");

  private final BackendConnection connection;
  private final RestClient rest;

  public BrpClient(BackendHttp http, BrpProperties properties) {
    this.connection = properties.connection();
    RestClient.Builder builder = http.client(connection)
        .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
    if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
      builder.defaultHeader("X-API-KEY", properties.apiKey());
    }
    this.rest = builder.build();
  }

  /**
   * The person with this BSN, with the given fields (paths such as {@code naam.volledigeNaam},
   * {@code leeftijd}, {@code verblijfplaats.verblijfadres.woonplaats}), or empty when the BRP does
   * not know the BSN.
   *
   * @throws OngeldigBurgerservicenummerException when the BSN cannot be valid; nothing is sent
   * @throws nl.werkstroom.integration.http.BackendRejectedException when the BRP refuses the request (4xx)
   * @throws BackendUnavailableException when the BRP cannot answer (5xx, time-out, unreadable answer)
   */
  public Optional<Persoon> raadpleeg(String bsn, List<String> fields) {
    return raadpleeg(bsn, fields, null);
  }

  /**
   * As {@link #raadpleeg(String, List)}, limited to persons registered in one gemeente (its 4-digit
   * code, e.g. {@code 0546} for Leiden): a person registered elsewhere comes back empty.
   */
  public Optional<Persoon> raadpleeg(String bsn, List<String> fields, String gemeenteVanInschrijving) {
    Burgerservicenummer.valideer(bsn);
    if (fields == null || fields.isEmpty()) {
      throw new IllegalArgumentException("Vraag ten minste één veld op bij de BRP (fields).");
    }
    if (gemeenteVanInschrijving != null && !GEMEENTECODE.matcher(gemeenteVanInschrijving).matches()) {
      throw new IllegalArgumentException("De gemeentecode voor de BRP moet uit 4 cijfers bestaan.");
    }
    RaadpleegMetBurgerservicenummer query = new RaadpleegMetBurgerservicenummer(List.of(bsn), fields, gemeenteVanInschrijving);
    RaadpleegMetBurgerservicenummerResponse response = BackendHttp.call(connection, () -> rest.post()
        .uri("/personen")
        .contentType(MediaType.APPLICATION_JSON)
        .body(query)
        .retrieve()
        .body(RaadpleegMetBurgerservicenummerResponse.class));
    if (response == null) {
      throw new BackendUnavailableException(connection.system(), connection.system()
          + " gaf een leeg antwoord. Werkstroom probeert het opnieuw.", null);
    }
    Optional<Persoon> persoon = response.personen().stream()
        .filter(p -> p.burgerservicenummer() == null || bsn.equals(p.burgerservicenummer()))
        .findFirst();
    LOG.debug("BRP RaadpleegMetBurgerservicenummer: person found={}, fields={}", persoon.isPresent(), fields.size());
    return persoon;
  }
}
