package nl.werkstroom.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How the dashboard says no, in Dutch: the page sends a visitor who is not logged in to its login
 * page and shows a page that explains a refusal; the API answers JSON like the rest of
 * {@code /api}. A script (curl, a spreadsheet) is asked for HTTP Basic; a script in a browser tab is
 * not, since the browser would then pop up its own password dialog instead of the login page.
 */
final class DashboardRefusals {

  static final String API = "/api/dashboard/";
  static final String LOGIN_PAGE = "/dashboard/aanmelden";

  private static final String REALM = "Werkstroom";
  private static final String NIET_AANGEMELD = "{\"melding\":\"U bent niet aangemeld. Meld u aan op "
      + LOGIN_PAGE + " of stuur uw gebruikersnaam en wachtwoord mee (HTTP Basic).\"}";
  private static final String GEEN_TOEGANG = "{\"melding\":\"U heeft geen toegang tot het dashboard. Daarvoor "
      + "is de rol management of beheerder nodig.\"}";
  private static final String GEEN_TOEGANG_PAGINA = "static/dashboard/geen-toegang.html";

  private DashboardRefusals() {
  }

  static AuthenticationEntryPoint notLoggedIn() {
    return (request, response, exception) -> {
      if (isApi(request)) {
        if (!fromBrowserScript(request)) {
          response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "application/json", NIET_AANGEMELD);
      } else {
        // A relative Location: right behind a proxy too, whatever scheme and host it forwards.
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + LOGIN_PAGE + "?terug="
            + URLEncoder.encode(requested(request), StandardCharsets.UTF_8));
      }
    };
  }

  static AccessDeniedHandler denied() {
    return (request, response, exception) -> {
      if (isApi(request)) {
        write(response, HttpServletResponse.SC_FORBIDDEN, "application/json", GEEN_TOEGANG);
      } else {
        try (InputStream page = new ClassPathResource(GEEN_TOEGANG_PAGINA).getInputStream()) {
          write(response, HttpServletResponse.SC_FORBIDDEN, "text/html",
              new String(page.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    };
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API);
  }

  /** Browsers mark every request with Sec-Fetch-Mode; fetch libraries often add X-Requested-With. */
  private static boolean fromBrowserScript(HttpServletRequest request) {
    String mode = request.getHeader("Sec-Fetch-Mode");
    return (mode != null && !mode.equals("navigate")) || request.getHeader("X-Requested-With") != null;
  }

  private static String requested(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
