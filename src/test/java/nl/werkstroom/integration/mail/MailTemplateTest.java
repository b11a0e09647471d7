package nl.werkstroom.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.werkstroom.integration.tekst.TemplateException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The template renderer, and the Dutch templates that ship with Werkstroom. */
class MailTemplateTest {

  private static final MailTemplate TEMPLATE = MailTemplate.parse("test", """
      Onderwerp: Uw aanvraag {{ zaaknummer }}

      Beste {{naam}},

      Uw aanvraag {{zaaknummer}} van {{datum}} is ontvangen.
      Wij bellen u.

      Groet & tot ziens
      """);

  @Test
  void fillsInSubjectAndBodyAsTextAndEscapedHtml() {
    Mail mail = TEMPLATE.render("jan@example.nl", Map.of("naam", "Jan <b>de Vries</b> & zn", "zaaknummer", "ZAAK-2026-0001",
        "datum", LocalDate.of(2026, 3, 3)));

    assertThat(mail.to()).isEqualTo("jan@example.nl");
    assertThat(mail.templateName()).isEqualTo("test");
    assertThat(mail.subject()).isEqualTo("Uw aanvraag ZAAK-2026-0001");
    assertThat(mail.body()).isEqualTo("""
        Beste Jan <b>de Vries</b> & zn,

        Uw aanvraag ZAAK-2026-0001 van 3 maart 2026 is ontvangen.
        Wij bellen u.

        Groet & tot ziens""");
    assertThat(mail.html())
        .contains("<html lang=\"nl\">")
        .contains("<title>Uw aanvraag ZAAK-2026-0001</title>")
        .contains("<p>Beste Jan &lt;b&gt;de Vries&lt;/b&gt; &amp; zn,</p>")
        .contains("<p>Uw aanvraag ZAAK-2026-0001 van 3 maart 2026 is ontvangen.<br>\nWij bellen u.</p>")
        .contains("<p>Groet &amp; tot ziens</p>")
        .doesNotContain("<b>");
    assertThat(mail.toString()).doesNotContain("jan@example.nl").doesNotContain("Vries");
  }

  @Test
  void aMissingOrBlankValueIsAnErrorThatNamesEveryMissingPlaceholder() {
    Map<String, Object> values = new HashMap<>();
    values.put("naam", " ");
    values.put("datum", null);

    assertThatThrownBy(() -> TEMPLATE.render("jan@example.nl", values))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Het e-mailsjabloon 'test' heeft een waarde nodig voor {{datum}}, {{naam}}, {{zaaknummer}}.");
  }

  @Test
  void aLineBreakInAValueDoesNotReachTheSubjectHeader() {
    Mail mail = TEMPLATE.render("x@example.nl", Map.of("naam", "n", "zaaknummer", "Z-1\r\nBcc: iemand@example.nl", "datum", "d"));

    assertThat(mail.subject()).isEqualTo("Uw aanvraag Z-1 Bcc: iemand@example.nl").doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void aPreformattedValueIsUsedAsItIsAndATypedOneTheDutchWay() {
    Mail mail = TEMPLATE.render("x@example.nl", Map.of("naam", "n", "zaaknummer", "ZAAK-1", "datum", "3 maart 2026"));
    Mail typed = TEMPLATE.render("x@example.nl", Map.of("naam", "n", "zaaknummer", "ZAAK-1", "datum", "2026-03-03"));

    assertThat(mail.body()).contains("Uw aanvraag ZAAK-1 van 3 maart 2026 is ontvangen.");
    assertThat(typed.body()).isEqualTo(mail.body());
  }

  @Test
  void aTemplateMustStartWithItsSubjectAndUseWholePlaceholders() {
    assertThatThrownBy(() -> MailTemplate.parse("zonder", "Beste {{naam}},\n\nTekst"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("begint niet met een regel 'Onderwerp: ...'");
    assertThatThrownBy(() -> MailTemplate.parse("kapot", "Onderwerp: Test\n\nBeste {{naam},"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("onvolledig of ongeldig veld");
    assertThatThrownBy(() -> MailTemplate.parse("leeg", "Onderwerp: Test\n\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("geen onderwerp of geen tekst");
    assertThat(MailTemplate.parse("windows", "\uFEFFOnderwerp: Test {{a}}\r\n\r\nRegel {{b}}\r\n").placeholders())
        .containsExactly("a", "b");
  }

  @Test
  void templatesAreFoundByNameOnly() {
    MailTemplates templates = new MailTemplates();

    assertThatThrownBy(() -> templates.template("../application"))
        .isInstanceOf(TemplateException.class).hasMessageContaining("geen geldige naam");
    assertThatThrownBy(() -> templates.template("bestaat-niet"))
        .isInstanceOf(TemplateException.class).hasMessage("Er is geen e-mailsjabloon 'bestaat-niet' (bestand mail/bestaat-niet.txt).");
  }

  @Test
  void theShippedTemplatesAreDutchAndUseTheDocumentedPlaceholders() throws IOException {
    Map<String, String[]> documented = Map.of(
        "ontvangstbevestiging", new String[] {"onderwerp", "zaaknummer", "naam", "datum", "beslisdatum", "gemeente"},
        "besluit-verzonden", new String[] {"onderwerp", "zaaknummer", "naam", "verzendwijze", "bezwaartermijn", "gemeente"},
        "herinnering", new String[] {"actie", "uiterlijk", "zaaknummer", "naam", "onderwerp", "gemeente"},
        "contactverzoek-bevestiging", new String[] {"zaaknummer", "naam", "gemeente", "termijn", "onderwerp"},
        "subsidie-brief", new String[] {"onderwerp", "zaaknummer", "naam", "brief", "gemeente"});
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:mail/*.txt");
    assertThat(files).extracting(Resource::getFilename).containsExactlyInAnyOrder(
        "ontvangstbevestiging.txt", "besluit-verzonden.txt", "herinnering.txt", "contactverzoek-bevestiging.txt",
        "subsidie-brief.txt");

    MailTemplates templates = new MailTemplates();
    for (Resource file : files) {
      String name = file.getFilename().replace(".txt", "");
      MailTemplate template = templates.template(name);
      assertThat(template.placeholders()).as(name).containsExactlyInAnyOrder(documented.get(name));
      Map<String, Object> values = new HashMap<>();
      template.placeholders().forEach(placeholder -> values.put(placeholder, "«" + placeholder + "»"));
      Mail mail = template.render("aanvrager@example.nl", values);
      assertThat(mail.body()).as(name).contains("Beste «naam»,").contains("Met vriendelijke groet").doesNotContain("{{");
      assertThat(mail.subject()).as(name).doesNotContain("{{").contains("«zaaknummer»");
      assertThat(new String(file.getContentAsByteArray(), StandardCharsets.UTF_8)).as(name).startsWith("Onderwerp: ");
    }
  }
}
