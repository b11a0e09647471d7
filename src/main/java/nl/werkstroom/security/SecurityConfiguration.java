package nl.werkstroom.security;

import nl.werkstroom.organisation.Role;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who gets through the door. Camunda's own filters authenticate the webapps (session login) and the
 * REST API (HTTP Basic, {@link EngineRestAuthentication}) and the engine's authorizations decide
 * what a user may see or do. Spring Security guards the rest: the actuator endpoints other than
 * health, and the Admin webapp's first-user setup, which must never be open.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().hasAuthority(Role.BEHEERDER.groupId()))
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
}
