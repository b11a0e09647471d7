package nl.werkstroom.integration.zgw;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * The JWT with which a client authenticates to the ZGW APIs (VNG "Autorisaties", as Open Zaak
 * checks it): HS256 over the client's secret, with {@code iss} and {@code client_id} naming the
 * client and {@code iat} the moment of signing. A fresh token per request keeps {@code iat} recent.
 */
public final class ZgwToken {

  private ZgwToken() {
  }

  public static String create(String clientId, String secret, String userId, String userRepresentation, Instant now) {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(clientId)
        .issueTime(Date.from(now))
        .claim("client_id", clientId)
        .claim("user_id", userId)
        .claim("user_representation", userRepresentation)
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the ZGW token of client " + clientId
          + " (the secret must be at least 32 characters)", e);
    }
    return jwt.serialize();
  }
}
