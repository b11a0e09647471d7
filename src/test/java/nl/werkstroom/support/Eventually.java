package nl.werkstroom.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waits for what the job executor does in the background (the zaak registration after a start, a
 * retry), as a user waits for a task to appear: polls until the answer is there or time runs out.
 */
public final class Eventually {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  private static final long POLL_MILLIS = 100;

  private Eventually() {
  }

  public static <T> T get(String what, Supplier<T> answer) {
    return get(what, answer, DEFAULT_TIMEOUT);
  }

  /** The first answer that is not null (and, for a collection or JSON array, not empty). */
  public static <T> T get(String what, Supplier<T> answer, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      T value = answer.get();
      if (isThere(value)) {
        return value;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + ", in vain");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
    }
  }

  private static boolean isThere(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof java.util.Collection<?> collection) {
      return !collection.isEmpty();
    }
    if (value instanceof com.fasterxml.jackson.databind.JsonNode json && json.isArray()) {
      return !json.isEmpty();
    }
    return true;
  }
}
