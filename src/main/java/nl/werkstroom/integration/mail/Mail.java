package nl.werkstroom.integration.mail;

/**
 * One e-mail, rendered from a template: the recipient, the subject, the plain-text body, the same
 * body as HTML (with every value escaped), and the template it came from.
 */
public record Mail(String to, String subject, String body, String html, String templateName) {

  @Override
  public String toString() {
    // Never the address or the text: a Mail ends up in logs and exception messages otherwise.
    return "Mail[template=" + templateName + "]";
  }
}
