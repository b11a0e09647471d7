package nl.werkstroom.integration.tekst;

/**
 * A template (mail or letter) that does not exist, cannot be read, is malformed, or lacks a value
 * for one of its placeholders. The message is Dutch and names the template: it reaches the process
 * owner as an incident.
 */
public class TemplateException extends IllegalArgumentException {

  public TemplateException(String message) {
    super(message);
  }
}
