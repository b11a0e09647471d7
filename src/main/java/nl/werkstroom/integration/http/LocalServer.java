package nl.werkstroom.integration.http;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** This installation's own address, known once the web server runs: the base of local backend URLs. */
@Component
public class LocalServer implements ApplicationListener<WebServerInitializedEvent> {

  private volatile int port = -1;

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
      port = event.getWebServer().getPort();
    }
  }

  public String baseUrl() {
    if (port < 0) {
      throw new IllegalStateException("The web server is not running, so local backend URLs cannot be used");
    }
    return "http://localhost:" + port;
  }
}
