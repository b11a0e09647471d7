package nl.werkstroom.integration.tekst;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Dutch text template, the common part of mail and letter templates: a first line with a
 * prefix ({@code Onderwerp: ...}, {@code Titel: ...}) and, after it, the body. Both may contain
 * placeholders {@code {{naam}}}; each needs a value (a missing or blank one is an error that names
 * every such placeholder), except {@code {{naam?}}}, which may be empty: for a paragraph that only
 * applies to some cases. Values are written the Dutch way ({@link DutchFormat}).
 */
public record TextTemplate(TemplateKind kind, String name, String header, String body) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)(\\?)?\\s*}}");
  /** Three or more line breaks with only white space between them: left by an empty paragraph. */
  private static final Pattern EMPTY_PARAGRAPHS = Pattern.compile("\\n([ \\t]*\\n){2,}");

  /** Reads a template file; an unusable file is an error that says what is wrong with it. */
  public static TextTemplate parse(TemplateKind kind, String name, String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    int endOfFirstLine = normalized.indexOf('\n');
    String firstLine = endOfFirstLine < 0 ? normalized : normalized.substring(0, endOfFirstLine);
    if (!firstLine.startsWith(kind.headerPrefix())) {
      throw new TemplateException(describe(kind, name) + " begint niet met een regel '" + kind.headerPrefix()
          + " ...'.");
    }
    String header = firstLine.substring(kind.headerPrefix().length()).strip();
    String body = endOfFirstLine < 0 ? "" : normalized.substring(endOfFirstLine + 1).strip();
    if (header.isEmpty() || body.isEmpty()) {
      throw new TemplateException(describe(kind, name) + " heeft geen " + kind.headerName() + " of geen tekst.");
    }
    checkBraces(kind, name, header);
    checkBraces(kind, name, body);
    return new TextTemplate(kind, name, header, body);
  }

  /** The placeholders of header and body, in the order they first appear. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (String text : List.of(header, body)) {
      Matcher matcher = PLACEHOLDER.matcher(text);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  /** Throws a {@link TemplateException} naming every placeholder that needs a value and has none. */
  public void requireValues(Map<String, ?> values) {
    Set<String> missing = new TreeSet<>();
    for (String text : List.of(header, body)) {
      Matcher matcher = PLACEHOLDER.matcher(text);
      while (matcher.find()) {
        if (matcher.group(2) == null && DutchFormat.format(values.get(matcher.group(1))) == null) {
          missing.add(matcher.group(1));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new TemplateException(describe(kind, name) + " heeft een waarde nodig voor "
          + String.join(", ", missing.stream().map(placeholder -> "{{" + placeholder + "}}").toList()) + ".");
    }
  }

  /** The first line, filled in, on one line: a line break in a value becomes a space. */
  public String renderHeader(Map<String, ?> values) {
    return fill(header, values, UnaryOperator.identity()).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /**
   * The body, filled in; {@code escape} is applied to the template's own text and to every value
   * (e.g. HTML escaping), and an empty optional paragraph leaves no extra blank lines.
   */
  public String renderBody(Map<String, ?> values, UnaryOperator<String> escape) {
    String filled = fill(body, values, escape).replace("\r\n", "\n").replace('\r', '\n');
    return EMPTY_PARAGRAPHS.matcher(filled).replaceAll("\n\n").strip();
  }

  private static String fill(String template, Map<String, ?> values, UnaryOperator<String> escape) {
    StringBuilder out = new StringBuilder();
    Matcher matcher = PLACEHOLDER.matcher(template);
    int last = 0;
    while (matcher.find()) {
      out.append(escape.apply(template.substring(last, matcher.start())));
      String value = DutchFormat.format(values.get(matcher.group(1)));
      out.append(value == null ? "" : escape.apply(value));
      last = matcher.end();
    }
    out.append(escape.apply(template.substring(last)));
    return out.toString();
  }

  private static void checkBraces(TemplateKind kind, String name, String text) {
    String withoutPlaceholders = PLACEHOLDER.matcher(text).replaceAll("");
    if (withoutPlaceholders.contains("{{") || withoutPlaceholders.contains("}}")) {
      throw new TemplateException(describe(kind, name) + " heeft een onvolledig of ongeldig veld: "
          + "schrijf een veld als {{naam}} (letters en cijfers, beginnend met een letter).");
    }
  }

  private static String describe(TemplateKind kind, String name) {
    return "Het " + kind.label() + " '" + name + "'";
  }
}
