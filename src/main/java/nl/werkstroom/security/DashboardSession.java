package nl.werkstroom.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the dashboard's visitor is, for the page's header and its login page: the user's id and
 * name, whether the user may see the dashboard, and the webapps' CSRF token of this session. The
 * webapps keep that token in a cookie for {@code /camunda} only, which a page under
 * {@code /dashboard} cannot read, yet it needs it to log in and out with the webapps' own
 * endpoints. Only a page of this origin can read the answer (no CORS), as with the cookie.
 */
@RestController
class DashboardSession {

  static final String PATH = "/dashboard/sessie";

  private final IdentityService identityService;

  DashboardSession(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping(PATH)
  ResponseEntity<Sessie> sessie(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String token = session == null ? null : (String) session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Sessie sessie;
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      sessie = new Sessie(false, null, null, false, token);
    } else {
      String userId = authentication.getName();
      boolean toegang = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .anyMatch(DashboardAccess.ROLES::contains);
      sessie = new Sessie(true, userId, displayName(userId), toegang, token);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(sessie);
  }

  private String displayName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  /** The answer; {@code xsrfToken} is absent until the webapps have given this session one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Sessie(boolean aangemeld, String gebruiker, String naam, boolean toegang, String xsrfToken) {
  }
}
