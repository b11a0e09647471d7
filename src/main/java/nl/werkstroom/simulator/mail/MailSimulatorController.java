package nl.werkstroom.simulator.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What the mail simulator received, for people and for tests: a Dutch page at
 * {@code /simulator/mail} (newest first, one page per message) and JSON at
 * {@code /simulator/mail/api/berichten}. Plain server-rendered HTML; every value is escaped.
 */
@RestController
@RequestMapping("/simulator/mail")
@ConditionalOnProperty("werkstroom.simulators.enabled")
class MailSimulatorController {

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", Locale.forLanguageTag("nl-NL"))
      .withZone(ZoneId.of("Europe/Amsterdam"));
  private static final String STYLE = """
      body { font-family: Arial, Helvetica, sans-serif; margin: 2rem; color: #1a1a1a; max-width: 70rem; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
      th { background: #f3f3f3; }
      pre { white-space: pre-wrap; background: #f7f7f7; padding: 1rem; border: 1px solid #ddd; }
      .herhaald { color: #a15c00; }
      dt { font-weight: bold; } dd { margin: 0 0 .5rem 0; }
      """;

  private final MailInbox inbox;

  MailSimulatorController(MailInbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/api/berichten")
  List<ReceivedMail> berichten() {
    return inbox.newestFirst();
  }

  @GetMapping("/api/berichten/{id}")
  ResponseEntity<ReceivedMail> bericht(@PathVariable String id) {
    return ResponseEntity.of(inbox.get(id));
  }

  @GetMapping({"", "/"})
  ResponseEntity<String> overzicht() {
    List<ReceivedMail> mails = inbox.newestFirst();
    StringBuilder body = new StringBuilder("<h1>Verstuurde e-mail</h1>\n<p>De mailsimulator van Werkstroom vangt alle "
        + "e-mail op die Werkstroom verstuurt; niets gaat echt de deur uit. Nieuwste bovenaan.</p>\n");
    if (mails.isEmpty()) {
      body.append("<p>Er is nog geen e-mail verstuurd.</p>\n");
    } else {
      body.append("<p>").append(mails.size()).append(mails.size() == 1 ? " bericht" : " berichten").append(".</p>\n")
          .append("<table>\n<thead><tr><th>Ontvangen</th><th>Aan</th><th>Onderwerp</th><th>Van</th></tr></thead>\n<tbody>\n");
      for (ReceivedMail mail : mails) {
        body.append("<tr><td>").append(escape(WHEN.format(mail.ontvangen()))).append("</td><td>")
            .append(escape(mail.aan())).append("</td><td><a href=\"/simulator/mail/berichten/")
            .append(escape(mail.id())).append("\">").append(escape(orNone(mail.onderwerp()))).append("</a>")
            .append(mail.herhaald() ? " <span class=\"herhaald\">(herhaald)</span>" : "")
            .append("</td><td>").append(escape(mail.van())).append("</td></tr>\n");
      }
      body.append("</tbody>\n</table>\n");
    }
    return page(HttpStatus.OK, "Verstuurde e-mail", body.toString());
  }

  @GetMapping("/berichten/{id}")
  ResponseEntity<String> detail(@PathVariable String id) {
    return inbox.get(id)
        .map(mail -> page(HttpStatus.OK, orNone(mail.onderwerp()), "<p><a href=\"/simulator/mail\">&larr; Alle e-mail</a></p>\n"
            + "<h1>" + escape(orNone(mail.onderwerp())) + "</h1>\n<dl>\n"
            + "<dt>Van</dt><dd>" + escape(mail.van()) + "</dd>\n"
            + "<dt>Aan</dt><dd>" + escape(mail.aan()) + "</dd>\n"
            + "<dt>Ontvangen</dt><dd>" + escape(WHEN.format(mail.ontvangen())) + "</dd>\n"
            + "<dt>Message-ID</dt><dd>" + escape(orNone(mail.messageId()))
            + (mail.herhaald() ? " <span class=\"herhaald\">(herhaald: dit bericht kwam eerder al binnen)</span>" : "")
            + "</dd>\n</dl>\n<pre>" + escape(orNone(mail.tekst())) + "</pre>\n"))
        .orElseGet(() -> page(HttpStatus.NOT_FOUND, "Bericht niet gevonden",
            "<p><a href=\"/simulator/mail\">&larr; Alle e-mail</a></p>\n<h1>Bericht niet gevonden</h1>\n"
                + "<p>Er is geen e-mail met dit kenmerk.</p>\n"));
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String content) {
    String html = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"UTF-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + " – Mailsimulator – Werkstroom</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
        + content + "</body>\n</html>\n";
    return ResponseEntity.status(status).contentType(HTML).body(html);
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? "(geen)" : value;
  }

  private static String escape(String value) {
    return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
  }
}
