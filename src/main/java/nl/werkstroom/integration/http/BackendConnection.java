package nl.werkstroom.integration.http;

import java.time.Duration;

/**
 * Where a backend is and how long we wait for it. A URL that starts with {@code /} points at this
 * installation itself: the built-in simulators of the demo profile.
 */
public record BackendConnection(String system, String url, Duration connectTimeout, Duration readTimeout) {

  public BackendConnection {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("No URL configured for " + system);
    }
  }

  public boolean isLocal() {
    return url.startsWith("/");
  }
}
