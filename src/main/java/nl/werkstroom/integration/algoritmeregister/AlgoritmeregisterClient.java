package nl.werkstroom.integration.algoritmeregister;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The Algoritmeregister aanlever-API 1.0 (paths below {@code /aanleverapi/v1_0}): list, create and
 * update an organisation's algorithm descriptions, release them for publication, publish, read
 * and retract. Authenticates with an OAuth 2.0 bearer token from the register's Keycloak, fetched
 * when needed and kept until shortly before it expires; a 401 fetches a new one once.
 */
@Component
public class AlgoritmeregisterClient {

  private static final Duration MARGIN = Duration.ofSeconds(30);

  private final AlgoritmeregisterProperties properties;
  private final BackendConnection connection;
  private final RestClient http;
  private final RestClient keycloak;
  private final Clock clock;
  private volatile AccessToken token;

  @Autowired
  public AlgoritmeregisterClient(BackendHttp backendHttp, AlgoritmeregisterProperties properties) {
    this(backendHttp, properties, Clock.systemUTC());
  }

  AlgoritmeregisterClient(BackendHttp backendHttp, AlgoritmeregisterProperties properties, Clock clock) {
    this.properties = properties;
    this.connection = properties.connection();
    this.http = backendHttp.client(connection).defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).build();
    this.keycloak = backendHttp.client(properties.tokenConnection()).build();
    this.clock = clock;
  }

  /** The organisation's algorithms (latest versions), with their states. */
  public List<AlgoritmeSamenvatting> algoritmes(String organisatie) {
    AlgoritmeSamenvatting[] list = metToken(bearer -> http.get()
        .uri("/organizations/{org}/algorithms", organisatie)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .retrieve()
        .body(AlgoritmeSamenvatting[].class));
    return list == null ? List.of() : Arrays.asList(list);
  }

  public Optional<AlgoritmeSamenvatting> samenvatting(String organisatie, String lars) {
    return algoritmes(organisatie).stream().filter(a -> lars.equals(a.lars())).findFirst();
  }

  /** The algorithm that carries our own reference ({@code source_id}), if an earlier call made one. */
  public Optional<AlgoritmeSamenvatting> zoekOpBronId(String organisatie, String bronId) {
    return algoritmes(organisatie).stream().filter(a -> bronId.equals(a.sourceId())).findFirst();
  }

  /** Creates a description (a draft); returns its LARS code. */
  public String maakAan(String organisatie, Algoritme algoritme) {
    NieuwAlgoritme nieuw = metToken(bearer -> http.post()
        .uri("/organizations/{org}/algorithms", organisatie)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .body(algoritme)
        .retrieve()
        .body(NieuwAlgoritme.class));
    if (nieuw == null || nieuw.larsCode() == null) {
      throw new BackendUnavailableException(connection.system(), connection.system()
          + " gaf geen LARS-code terug voor het nieuwe algoritme. Werkstroom probeert het opnieuw.", null);
    }
    return nieuw.larsCode();
  }

  /** Stores a new version (a draft); an identical description changes nothing. Returns the register's remark, if any. */
  public Optional<String> werkBij(String organisatie, String lars, Algoritme algoritme) {
    return bericht(metToken(bearer -> http.put()
        .uri("/organizations/{org}/algorithms/{lars}", organisatie, lars)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .body(algoritme)
        .retrieve()
        .body(ActieAntwoord.class)));
  }

  /** The latest version, published or not. */
  public Algoritme haalOp(String organisatie, String lars) {
    Algoritme algoritme = metToken(bearer -> http.get()
        .uri("/organizations/{org}/algorithms/{lars}", organisatie, lars)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .retrieve()
        .body(Algoritme.class));
    if (algoritme == null) {
      throw new BackendUnavailableException(connection.system(), connection.system()
          + " gaf een leeg antwoord. Werkstroom probeert het opnieuw.", null);
    }
    return algoritme;
  }

  /** The published version, or empty when none is published. */
  public Optional<Algoritme> gepubliceerd(String organisatie, String lars) {
    try {
      return Optional.ofNullable(metToken(bearer -> http.get()
          .uri("/organizations/{org}/published-algorithms/{lars}", organisatie, lars)
          .header(HttpHeaders.AUTHORIZATION, bearer)
          .retrieve()
          .body(Algoritme.class)));
    } catch (BackendRejectedException e) {
      if (e.isNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Releases the latest version for publication ("vrijgeven"). */
  public Optional<String> geefVrij(String organisatie, String lars) {
    return actie("/organizations/{org}/algorithms/{lars}/release", organisatie, lars);
  }

  /** Publishes the released latest version (only for organisations that publish themselves). */
  public Optional<String> publiceer(String organisatie, String lars) {
    return actie("/organizations/{org}/algorithms/{lars}/publish", organisatie, lars);
  }

  /**
   * Brings the latest version to the public: released, and published when the organisation
   * publishes itself. Looks at the state first, so a repeat after a lost answer does nothing twice.
   * Returns whether the latest version is now published (false: released, waiting for BZK).
   */
  public boolean geefVrijEnPubliceer(String organisatie, String lars) {
    AlgoritmeSamenvatting stand = samenvatting(organisatie, lars)
        .orElseThrow(() -> new BackendRejectedException(connection.system(), 404,
            "het algoritme met LARS-code " + lars + " staat niet in de lijst van organisatie " + organisatie));
    if (stand.currentVersionPublished()) {
      return true;
    }
    if (!stand.currentVersionReleased()) {
      geefVrij(organisatie, lars);
    }
    if (!properties.selfPublish()) {
      return false;
    }
    publiceer(organisatie, lars);
    return true;
  }

  /** Hides the published version from the public register ("depubliceren"); the description stays. */
  public void trekIn(String organisatie, String lars) {
    metToken(bearer -> http.delete()
        .uri("/organizations/{org}/published-algorithms/{lars}/retract", organisatie, lars)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .retrieve()
        .toBodilessEntity());
  }

  private Optional<String> actie(String path, String organisatie, String lars) {
    return bericht(metToken(bearer -> http.put()
        .uri(path, organisatie, lars)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .retrieve()
        .body(ActieAntwoord.class)));
  }

  private static Optional<String> bericht(ActieAntwoord antwoord) {
    return antwoord == null ? Optional.empty() : Optional.ofNullable(antwoord.message());
  }

  /** Runs a call with a bearer token; when the register no longer accepts the token, once more with a new one. */
  private <T> T metToken(Function<String, T> call) {
    return BackendHttp.call(connection, () -> {
      try {
        return call.apply("Bearer " + token(false));
      } catch (BackendRejectedException e) {
        if (e.status() != 401) {
          throw e;
        }
        return call.apply("Bearer " + token(true));
      }
    });
  }

  private synchronized String token(boolean vernieuw) {
    AccessToken current = token;
    if (!vernieuw && current != null && clock.instant().isBefore(current.expires())) {
      return current.value();
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    if (properties.username() != null && !properties.username().isBlank()) {
      form.add("grant_type", "password");
      form.add("username", properties.username());
      form.add("password", properties.password());
    } else {
      form.add("grant_type", "client_credentials");
    }
    form.add("client_id", properties.clientId());
    if (properties.clientSecret() != null && !properties.clientSecret().isBlank()) {
      form.add("client_secret", properties.clientSecret());
    }
    TokenAntwoord antwoord = BackendHttp.call(properties.tokenConnection(), () -> keycloak.post()
        .uri("")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .accept(MediaType.APPLICATION_JSON)
        .body(form)
        .retrieve()
        .body(TokenAntwoord.class));
    if (antwoord == null || antwoord.accessToken() == null) {
      throw new BackendUnavailableException(connection.system(), connection.system()
          + " gaf bij het inloggen geen toegangstoken. Werkstroom probeert het opnieuw.", null);
    }
    long seconds = antwoord.expiresIn() == null ? 60 : antwoord.expiresIn();
    token = new AccessToken(antwoord.accessToken(), clock.instant().plusSeconds(seconds).minus(MARGIN));
    return token.value();
  }

  private record AccessToken(String value, Instant expires) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record TokenAntwoord(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Long expiresIn) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record NieuwAlgoritme(@JsonProperty("lars_code") String larsCode) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ActieAntwoord(String message) {
  }
}
