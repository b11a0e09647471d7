package nl.werkstroom.simulator.zgw;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the ZGW JWT of every request to a ZGW simulator, as Open Zaak does: without an
 * {@code Authorization: Bearer} header the answer is 403 {@code not_authenticated}; with a token that
 * is not signed with a known client's secret, or too old, 403 {@code permission_denied}. Registered as
 * an interceptor for the simulators' paths ({@link ZgwSimulatorConfiguration}); a simulator may also
 * call {@link #requireClient} itself.
 */
public class ZgwSimulatorAuthentication implements HandlerInterceptor {

  /** Request attribute with the client id of the checked token. */
  public static final String CLIENT_ID = ZgwSimulatorAuthentication.class.getName() + ".clientId";

  private final ZgwTokenVerifier verifier;

  public ZgwSimulatorAuthentication(ZgwTokenVerifier verifier) {
    this.verifier = verifier;
  }

  /** The client id of the request's valid token; otherwise a 403 {@link ZgwProblemException}. */
  public String requireClient(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      throw ZgwProblemException.notAuthenticated();
    }
    String clientId = verifier.verify(header).orElseThrow(() -> ZgwProblemException.permissionDenied(
        "Het JWT is niet geldig: onbekende client, verkeerde handtekening of verlopen (controleer client_id, "
            + "secret en iat)."));
    request.setAttribute(CLIENT_ID, clientId);
    return clientId;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    requireClient(request);
    return true;
  }
}
