package nl.werkstroom.simulator.algoritmeregister;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The token endpoint of the Algoritmeregister's Keycloak realm, as OpenID Connect defines it:
 * a form post with {@code grant_type=client_credentials} and the client's id and secret (in the
 * form or as HTTP Basic), answered with an access token or an OAuth error.
 */
@RestController
@ConditionalOnProperty("werkstroom.simulators.enabled")
class KeycloakSimulator {

  private final Toegangsbewijzen toegang;

  KeycloakSimulator(Toegangsbewijzen toegang) {
    this.toegang = toegang;
  }

  @PostMapping(path = Toegangsbewijzen.ISSUER_PATH + "/protocol/openid-connect/token",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> form,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    String clientId = form.getFirst("client_id");
    String secret = form.getFirst("client_secret");
    if (authorization != null && authorization.startsWith("Basic ")) {
      String[] basic;
      try {
        basic = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8)
            .split(":", 2);
      } catch (IllegalArgumentException notBase64) {
        return fout(401, "unauthorized_client", "Invalid client credentials");
      }
      clientId = basic[0];
      secret = basic.length > 1 ? basic[1] : null;
    }
    if (!"client_credentials".equals(form.getFirst("grant_type"))) {
      return fout(400, "unsupported_grant_type", "Unsupported grant_type");
    }
    Optional<List<String>> organisaties = toegang.controleer(clientId, secret);
    if (organisaties.isEmpty()) {
      return fout(401, "unauthorized_client", "Invalid client or Invalid client credentials");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(Map.of(
            "access_token", toegang.geefUit(clientId, organisaties.get()),
            "expires_in", toegang.levensduurInSeconden(),
            "refresh_expires_in", 0,
            "token_type", "Bearer",
            "not-before-policy", 0,
            "scope", "profile email"));
  }

  private static ResponseEntity<Map<String, Object>> fout(int status, String error, String description) {
    return ResponseEntity.status(status).body(Map.of("error", error, "error_description", description));
  }
}
