package nl.werkstroom.integration.http;

/**
 * The backend could not answer: a 5xx, a time-out, no connection, or an answer we cannot read.
 * Trying again later may help, so the job executor retries and ends in an incident.
 */
public class BackendUnavailableException extends BackendException {

  public BackendUnavailableException(String system, String message, Throwable cause) {
    super(system, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
