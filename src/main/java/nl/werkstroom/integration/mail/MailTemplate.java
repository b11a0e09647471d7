package nl.werkstroom.integration.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.werkstroom.integration.tekst.TemplateException;
import nl.werkstroom.integration.tekst.TemplateKind;
import nl.werkstroom.integration.tekst.TextTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * One e-mail template: a {@link TextTemplate} whose first line is {@code Onderwerp: ...}. Rendering
 * fills in every placeholder, once as plain text and once as HTML in which the template's text and
 * every value are escaped.
 */
public final class MailTemplate {

  static final TemplateKind KIND = new TemplateKind("e-mailsjabloon", "Onderwerp:", "onderwerp", "mail",
      "ontvangstbevestiging");

  private final TextTemplate text;

  MailTemplate(TextTemplate text) {
    this.text = text;
  }

  /** Reads a template file; an unusable file is a {@link TemplateException} that says what is wrong. */
  public static MailTemplate parse(String name, String text) {
    return new MailTemplate(TextTemplate.parse(KIND, name, text));
  }

  public String name() {
    return text.name();
  }

  public String subject() {
    return text.header();
  }

  public String body() {
    return text.body();
  }

  /** The placeholders of subject and body, in the order they first appear. */
  public Set<String> placeholders() {
    return text.placeholders();
  }

  public Mail render(String to, Map<String, ?> values) {
    text.requireValues(values);
    // renderHeader puts the subject on one line: a line break in a value must not start a new header.
    String subject = text.renderHeader(values);
    String body = text.renderBody(values, UnaryOperator.identity());
    String html = html(subject, text.renderBody(values, MailTemplate::escape));
    return new Mail(to, subject, body, html, text.name());
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static String html(String subject, String escapedBody) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : escapedBody.split("\\n\\s*\\n")) {
      paragraphs.add("<p>" + paragraph.strip().replace("\n", "<br>\n") + "</p>");
    }
    return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
        + escape(subject) + "</title>\n</head>\n"
        + "<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a\">\n"
        + String.join("\n", paragraphs) + "\n</body>\n</html>\n";
  }
}
