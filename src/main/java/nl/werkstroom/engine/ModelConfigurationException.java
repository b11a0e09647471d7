package nl.werkstroom.engine;

/**
 * A process cannot go on because its model or Werkstroom's configuration is wrong: an unknown
 * zaaktype, a missing setting. Retrying cannot help, so the job becomes an incident at once with
 * this message, written for the process owner who reads it in Cockpit and fixes the model or the
 * setting.
 */
public class ModelConfigurationException extends RuntimeException {

  public ModelConfigurationException(String message) {
    super(message);
  }
}
