package nl.werkstroom.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that a person entered (a start form, a task form, an API call) is not acceptable: the
 * message says in Dutch what is wrong with each field. It is a {@link BadUserRequestException}, so
 * the engine's REST API and Tasklist answer 400 with this message ({@link CallerErrors}), and the
 * transaction rolls back: nothing is started or completed.
 */
public class OngeldigeInvoerException extends BadUserRequestException {

  public OngeldigeInvoerException(String message) {
    super(message);
  }
}
