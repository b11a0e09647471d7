package nl.werkstroom.simulator.zgw;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the bearer JWT of a ZGW request as Open Zaak does: a known {@code client_id}, a valid HS256
 * signature with that client's secret, and an {@code iat} that is neither in the future nor older
 * than the allowed age (both with a little leeway for clocks).
 */
public class ZgwTokenVerifier {

  private static final Duration MAX_AGE = Duration.ofHours(1);
  private static final Duration LEEWAY = Duration.ofMinutes(1);

  private final Map<String, String> secretsByClientId;
  private final Clock clock;

  public ZgwTokenVerifier(Map<String, String> secretsByClientId, Clock clock) {
    this.secretsByClientId = Map.copyOf(secretsByClientId);
    this.clock = clock;
  }

  /** The client id of a valid token, or empty when the header carries no valid token. */
  public Optional<String> verify(String authorizationHeader) {
    if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(authorizationHeader.substring("Bearer ".length()).trim());
      Object clientId = jwt.getJWTClaimsSet().getClaim("client_id");
      String secret = clientId == null ? null : secretsByClientId.get(clientId.toString());
      if (secret == null || !jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))) {
        return Optional.empty();
      }
      if (jwt.getJWTClaimsSet().getIssueTime() == null) {
        return Optional.empty();
      }
      Instant issued = jwt.getJWTClaimsSet().getIssueTime().toInstant();
      Instant now = clock.instant();
      if (issued.isAfter(now.plus(LEEWAY)) || issued.isBefore(now.minus(MAX_AGE).minus(LEEWAY))) {
        return Optional.empty();
      }
      return Optional.of(clientId.toString());
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }
}
