package nl.werkstroom.integration.mail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * One e-mail template: a subject and a body with {@code {{naam}}} placeholders. The file's first
 * line is {@code Onderwerp: ...}, the body follows after a blank line. Rendering fills in every
 * placeholder (a missing or blank value is an error that names the placeholder), once as plain text
 * and once as HTML in which the template's text and every value are escaped. Dates are written the
 * Dutch way ("3 maart 2026").
 */
public record MailTemplate(String name, String subject, String body) {

  static final String SUBJECT_PREFIX = "Onderwerp:";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH);

  /** Reads a template file; an unusable file is an error that says what is wrong with it. */
  public static MailTemplate parse(String name, String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    int endOfFirstLine = normalized.indexOf('\n');
    String firstLine = endOfFirstLine < 0 ? normalized : normalized.substring(0, endOfFirstLine);
    if (!firstLine.startsWith(SUBJECT_PREFIX)) {
      throw new MailTemplateException("Het e-mailsjabloon '" + name + "' begint niet met een regel '"
          + SUBJECT_PREFIX + " ...'.");
    }
    String subject = firstLine.substring(SUBJECT_PREFIX.length()).strip();
    String body = endOfFirstLine < 0 ? "" : normalized.substring(endOfFirstLine + 1).strip();
    if (subject.isEmpty() || body.isEmpty()) {
      throw new MailTemplateException("Het e-mailsjabloon '" + name + "' heeft geen onderwerp of geen tekst.");
    }
    checkBraces(name, subject);
    checkBraces(name, body);
    return new MailTemplate(name, subject, body);
  }

  /** The placeholders of subject and body, in the order they first appear. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (String text : List.of(subject, body)) {
      Matcher matcher = PLACEHOLDER.matcher(text);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  public Mail render(String to, Map<String, ?> values) {
    Set<String> missing = new TreeSet<>();
    for (String placeholder : placeholders()) {
      if (format(values.get(placeholder)) == null) {
        missing.add(placeholder);
      }
    }
    if (!missing.isEmpty()) {
      throw new MailTemplateException("Het e-mailsjabloon '" + name + "' heeft een waarde nodig voor "
          + String.join(", ", missing.stream().map(placeholder -> "{{" + placeholder + "}}").toList()) + ".");
    }
    // A line break in a value must not start a new header line.
    String renderedSubject = fill(subject, values, false).replaceAll("[\\r\\n]+", " ");
    String text = fill(body, values, false);
    String html = html(renderedSubject, fill(body, values, true));
    return new Mail(to, renderedSubject, text, html, name);
  }

  private static String fill(String template, Map<String, ?> values, boolean escape) {
    StringBuilder out = new StringBuilder();
    Matcher matcher = PLACEHOLDER.matcher(template);
    int last = 0;
    while (matcher.find()) {
      out.append(literal(template.substring(last, matcher.start()), escape));
      String value = format(values.get(matcher.group(1)));
      out.append(escape ? HtmlUtils.htmlEscape(value, "UTF-8") : value);
      last = matcher.end();
    }
    out.append(literal(template.substring(last), escape));
    return out.toString();
  }

  private static String literal(String text, boolean escape) {
    return escape ? HtmlUtils.htmlEscape(text, "UTF-8") : text;
  }

  private static String html(String subject, String escapedBody) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : escapedBody.split("\\n\\s*\\n")) {
      paragraphs.add("<p>" + paragraph.strip().replace("\n", "<br>\n") + "</p>");
    }
    return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
        + HtmlUtils.htmlEscape(subject, "UTF-8") + "</title>\n</head>\n"
        + "<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a\">\n"
        + String.join("\n", paragraphs) + "\n</body>\n</html>\n";
  }

  /** A value as the reader sees it, or null when there is none. */
  static String format(Object value) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof LocalDate date) {
      text = DATE.format(date);
    } else if (value instanceof LocalDateTime dateTime) {
      text = DATE_TIME.format(dateTime);
    } else if (value instanceof OffsetDateTime dateTime) {
      text = DATE_TIME.format(dateTime.atZoneSameInstant(ZONE));
    } else if (value instanceof ZonedDateTime dateTime) {
      text = DATE_TIME.format(dateTime.withZoneSameInstant(ZONE));
    } else if (value instanceof Instant instant) {
      text = DATE_TIME.format(instant.atZone(ZONE));
    } else if (value instanceof Date date) {
      ZonedDateTime dateTime = date.toInstant().atZone(ZONE);
      text = dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? DATE.format(dateTime) : DATE_TIME.format(dateTime);
    } else if (value instanceof Boolean bool) {
      text = bool ? "ja" : "nee";
    } else if (value instanceof BigDecimal decimal) {
      text = decimal.toPlainString();
    } else {
      text = value.toString();
    }
    return text.isBlank() ? null : text;
  }

  private static void checkBraces(String name, String text) {
    String withoutPlaceholders = PLACEHOLDER.matcher(text).replaceAll("");
    if (withoutPlaceholders.contains("{{") || withoutPlaceholders.contains("}}")) {
      throw new MailTemplateException("Het e-mailsjabloon '" + name + "' heeft een onvolledig of ongeldig veld: "
          + "schrijf een veld als {{naam}} (letters en cijfers, beginnend met een letter).");
    }
  }
}
