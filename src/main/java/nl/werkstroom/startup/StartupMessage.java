package nl.werkstroom.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Werkstroom where to go and how to log in. */
@Component
class StartupMessage {

  private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

  private final String publicUrl;
  private final boolean demo;

  StartupMessage(@Value("${werkstroom.public-url:}") String publicUrl,
      @Value("${werkstroom.demo.enabled:false}") boolean demo) {
    this.publicUrl = publicUrl;
    this.demo = demo;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    String base = baseUrl(event);
    log.info("""

        ----------------------------------------------------------------
          Werkstroom is running: {}
            Tasklist  {}/camunda/app/tasklist/
            Cockpit   {}/camunda/app/cockpit/
            Admin     {}/camunda/app/admin/
            Dashboard {}/dashboard
            REST API  {}/engine-rest (HTTP Basic)
          {}
        ----------------------------------------------------------------""",
        base, base, base, base, base, base,
        demo ? "Log in as demo / demo (README lists every demo user)." : "Log in with your own account.");
  }

  private String baseUrl(ApplicationReadyEvent event) {
    if (publicUrl != null && !publicUrl.isBlank()) {
      return publicUrl.replaceAll("/$", "");
    }
    int port = event.getApplicationContext() instanceof WebServerApplicationContext web
        ? web.getWebServer().getPort() : 8080;
    return "http://localhost:" + port;
  }
}
