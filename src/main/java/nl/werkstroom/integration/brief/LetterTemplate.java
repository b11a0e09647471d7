package nl.werkstroom.integration.brief;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.werkstroom.integration.tekst.TemplateException;
import nl.werkstroom.integration.tekst.TemplateKind;
import nl.werkstroom.integration.tekst.TextTemplate;

/**
 * One letter template: a {@link TextTemplate} whose first line is {@code Titel: ...}, the title of
 * the document; the body is the letter's text.
 */
public final class LetterTemplate {

  static final TemplateKind KIND = new TemplateKind("briefsjabloon", "Titel:", "titel", "brieven",
      "subsidie-verlening");

  private final TextTemplate text;

  LetterTemplate(TextTemplate text) {
    this.text = text;
  }

  /** Reads a template file; an unusable file is a {@link TemplateException} that says what is wrong. */
  public static LetterTemplate parse(String name, String text) {
    return new LetterTemplate(TextTemplate.parse(KIND, name, text));
  }

  public String name() {
    return text.name();
  }

  /** The placeholders of title and text, in the order they first appear. */
  public Set<String> placeholders() {
    return text.placeholders();
  }

  /** The letter with every placeholder filled in; a missing value is a {@link TemplateException}. */
  public Letter render(Map<String, ?> values) {
    text.requireValues(values);
    return new Letter(text.renderHeader(values), text.renderBody(values, UnaryOperator.identity()));
  }
}
