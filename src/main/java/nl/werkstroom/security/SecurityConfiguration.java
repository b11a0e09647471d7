package nl.werkstroom.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.werkstroom.organisation.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties.CacheProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who gets through the door. Camunda's own filters authenticate the webapps (session login) and the
 * REST API (HTTP Basic, {@link EngineRestAuthentication}) and the engine's authorizations decide
 * what a user may see or do. Spring Security guards the rest: the actuator endpoints other than
 * health, the Admin webapp's first-user setup, which must never be open, Werkstroom's own API
 * under {@code /api}: HTTP Basic against the engine's users, without session or cookies (so no CSRF
 * to guard), answering in Dutch JSON like the rest of that API, and the managers' dashboard
 * ({@code /dashboard} and {@code /api/dashboard}), which shares the webapps' login session.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

  private static final String REALM = "Werkstroom";
  private static final String NIET_AANGEMELD = "{\"melding\":\"U bent niet aangemeld. Meld u aan met uw "
      + "gebruikersnaam en wachtwoord (HTTP Basic).\"}";
  private static final String DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";
  private static final String GEEN_TOEGANG = "{\"melding\":\"U heeft hiervoor geen toestemming.\"}";

  @Bean
  @Order(1)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            // The figures cover every municipality, so not for a municipality's own beheerder: the
            // account of a monitoring tool (metrics, nothing else) and the system administrators.
            .anyRequest().hasAnyAuthority(Role.MONITORING.groupId(), Groups.CAMUNDA_ADMIN))
        .httpBasic(basic -> basic.realmName("Werkstroom"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    // The webapps bring their own CSRF protection and security headers (camunda.bpm.webapp.*).
    return http
        .securityMatcher("/camunda/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/camunda/api/admin/setup/**").denyAll()
            .anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain dashboard(HttpSecurity http, ProcessEngine engine, CamundaBpmProperties camunda)
      throws Exception {
    // The page is read in the webapps' session; the API also with HTTP Basic, for scripts. All GET:
    // logging in and out goes to the webapps' own endpoints, which guard themselves against CSRF.
    CacheProperties authCache = camunda.getWebapp().getAuth().getCache();
    long timeToLive = authCache.isTtlEnabled() ? authCache.getTimeToLive() : 0;
    AuthenticationEntryPoint notLoggedIn = DashboardRefusals.notLoggedIn();
    return http
        .securityMatcher(DashboardAccess.MATCHED)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(DashboardAccess.OPEN).permitAll()
            .anyRequest().hasAnyAuthority(DashboardAccess.roles()))
        .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getName(), timeToLive),
            BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(notLoggedIn))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(notLoggedIn)
            .accessDeniedHandler(DashboardRefusals.denied()))
        // Read the webapps' session, never change it: no new session id, nothing stored.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DASHBOARD_CSP)))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    AuthenticationEntryPoint notLoggedIn = (request, response, exception) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
      json(response, HttpServletResponse.SC_UNAUTHORIZED, NIET_AANGEMELD);
    };
    AccessDeniedHandler denied = (request, response, exception) ->
        json(response, HttpServletResponse.SC_FORBIDDEN, GEEN_TOEGANG);
    // Roles and municipalities are checked per case by the API and the engine: here only who it is.
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(notLoggedIn))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(notLoggedIn).accessDeniedHandler(denied))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(5)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    // /engine-rest is stateless HTTP Basic, checked by Camunda's filter; CSRF needs a session to ride on.
    return http
        .authorizeHttpRequests(requests -> requests
            // A stray static page of the webjar (English, with the end-of-life banner); nothing links to it.
            .requestMatchers("/camunda-welcome/**").denyAll()
            .anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(Customizer.withDefaults())
        .build();
  }

  private static void json(HttpServletResponse response, int status, String body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
