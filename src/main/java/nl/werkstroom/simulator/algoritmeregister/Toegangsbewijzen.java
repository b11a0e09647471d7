package nl.werkstroom.simulator.algoritmeregister;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated Keycloak's tokens: a signed JWT per client, naming the client and the
 * organisations it may deliver for, valid for a few minutes (the real register checks an RS256
 * Keycloak token; the simulator signs with HS256 and a configured secret, which a client cannot
 * tell apart: it only forwards the token).
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class Toegangsbewijzen {

  static final String ISSUER_PATH = "/simulator/algoritmeregister/realms/algreg";
  static final String ORGANISATIONS = "organisations";

  private final AlgoritmeregisterSimulatorProperties properties;
  private final Clock clock = Clock.systemUTC();

  Toegangsbewijzen(AlgoritmeregisterSimulatorProperties properties) {
    this.properties = properties;
  }

  /** The organisations of a client whose id and secret match, or empty. */
  Optional<List<String>> controleer(String clientId, String secret) {
    AlgoritmeregisterSimulatorProperties.Client client = clientId == null ? null : properties.clients().get(clientId);
    if (client == null || secret == null || !java.security.MessageDigest.isEqual(
        client.secret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(client.organisations());
  }

  String geefUit(String clientId, List<String> organisaties) {
    Instant nu = clock.instant();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER_PATH)
        .subject("service-account-" + clientId)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(nu))
        .expirationTime(Date.from(nu.plus(properties.tokenLifetime())))
        .claim("azp", clientId)
        .claim("typ", "Bearer")
        .claim("preferred_username", "service-account-" + clientId)
        .claim(ORGANISATIONS, organisaties)
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(sleutel()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign Algoritmeregister simulator token: signing-secret needs 32+ characters", e);
    }
    return jwt.serialize();
  }

  /** The organisations of a valid, unexpired token in an Authorization header; empty when there is none. */
  Optional<List<String>> organisaties(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()).trim());
      if (!jwt.verify(new MACVerifier(sleutel()))) {
        return Optional.empty();
      }
      Date expires = jwt.getJWTClaimsSet().getExpirationTime();
      if (expires == null || !expires.toInstant().isAfter(clock.instant())) {
        return Optional.empty();
      }
      List<String> organisaties = jwt.getJWTClaimsSet().getStringListClaim(ORGANISATIONS);
      return Optional.of(organisaties == null ? List.of() : organisaties);
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }

  long levensduurInSeconden() {
    return properties.tokenLifetime().toSeconds();
  }

  private byte[] sleutel() {
    String secret = properties.signingSecret();
    if (secret == null || secret.length() < 32) {
      throw new IllegalStateException(
          "werkstroom.simulators.algoritmeregister.signing-secret must be set (at least 32 characters)");
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }
}
