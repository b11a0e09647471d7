package nl.werkstroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user who logged in to Tasklist, Cockpit or Admin in, with the same HTTP session: the
 * webapps' login keeps an {@link Authentications} in the session, and this filter turns the one for
 * the process engine into a Spring {@code Authentication} (user id as name, groups as
 * authorities), for requests that only read (GET, HEAD). It never creates a session and stores
 * nothing in it that the webapps' own filter would not: like that filter it re-reads the user's
 * groups once the cached ones are older than the webapps' time to live, and forgets a user who no
 * longer exists.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private final String engineName;
  private final long cacheTimeToLiveMillis;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  /**
   * @param engineName the process engine whose login counts ({@code default})
   * @param cacheTimeToLiveMillis how long the groups in the session are trusted; 0 = until logout
   */
  WebappSessionAuthenticationFilter(String engineName, long cacheTimeToLiveMillis) {
    this.engineName = engineName;
    this.cacheTimeToLiveMillis = cacheTimeToLiveMillis;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = readsOnly(request) ? request.getSession(false) : null;
    org.springframework.security.core.Authentication current = contexts.getContext().getAuthentication();
    if (session != null && (current == null || !current.isAuthenticated())) {
      UserAuthentication user = webappUser(session);
      if (user != null) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(springAuthentication(user));
        contexts.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The session counts for reading only: the dashboard has no CSRF token of its own, so a request
   * that could change something never rides on the session cookie (scripts use HTTP Basic).
   */
  private static boolean readsOnly(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private UserAuthentication webappUser(HttpSession session) {
    Authentications authentications;
    try {
      authentications = AuthenticationUtil.getAuthsFromSession(session);
    } catch (IllegalStateException invalidated) {
      return null;
    }
    if (cacheTimeToLiveMillis > 0) {
      AuthenticationUtil.updateCache(authentications, session, cacheTimeToLiveMillis);
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user ? user : null;
  }

  private static org.springframework.security.core.Authentication springAuthentication(UserAuthentication user) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    List<SimpleGrantedAuthority> authorities = groups.stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, authorities);
  }
}
