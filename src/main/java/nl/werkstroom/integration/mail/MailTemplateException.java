package nl.werkstroom.integration.mail;

/** A template that does not exist, cannot be read, or lacks a value for one of its placeholders. */
public class MailTemplateException extends IllegalArgumentException {

  public MailTemplateException(String message) {
    super(message);
  }
}
