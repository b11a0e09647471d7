package nl.werkstroom.integration.http;

/**
 * The backend refused the request (4xx): the same request will be refused again, so it is not
 * retried. A delegate turns the refusals that are business outcomes into a BPMN error; any other
 * becomes an incident at once, with the backend's own explanation.
 */
public class BackendRejectedException extends BackendException {

  private final int status;
  private final String explanation;

  public BackendRejectedException(String system, int status, String explanation) {
    super(system, system + " weigerde het verzoek (HTTP " + status + ")"
        + (explanation.isBlank() ? "." : ": " + explanation), null);
    this.status = status;
    this.explanation = explanation;
  }

  public int status() {
    return status;
  }

  /** What the backend said, from its error body; personal numbers masked. */
  public String explanation() {
    return explanation;
  }

  public boolean isNotFound() {
    return status == 404;
  }

  public boolean isConflict() {
    return status == 409;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
