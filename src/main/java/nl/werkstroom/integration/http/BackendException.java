package nl.werkstroom.integration.http;

/**
 * A call to a backend system that did not succeed. Its message is written for the process owner
 * who reads it in a Cockpit incident: which system, what happened, in Dutch, without personal data.
 */
public abstract class BackendException extends RuntimeException {

  private final String system;

  protected BackendException(String system, String message, Throwable cause) {
    super(message, cause);
    this.system = system;
  }

  /** The backend's name as people know it, e.g. "Zaken API". */
  public String system() {
    return system;
  }

  /** Whether trying again later can help: the job executor retries these, others fail at once. */
  public abstract boolean isRetryable();
}
