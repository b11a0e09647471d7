package nl.werkstroom.integration.tekst;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The template files of one kind, {@code <folder>/<name>.txt} on the classpath, read once and kept.
 * A template name is lowercase words joined by hyphens; anything else (a path) is refused.
 */
public final class TemplateFiles {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final TemplateKind kind;
  private final Map<String, TextTemplate> templates = new ConcurrentHashMap<>();

  public TemplateFiles(TemplateKind kind) {
    this.kind = kind;
  }

  public TextTemplate template(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new TemplateException("'" + name + "' is geen geldige naam van een " + kind.label()
          + " (kleine letters, cijfers en streepjes, zoals " + kind.example() + ").");
    }
    return templates.computeIfAbsent(name, this::load);
  }

  private TextTemplate load(String name) {
    String path = kind.folder() + "/" + name + ".txt";
    ClassPathResource file = new ClassPathResource(path);
    if (!file.exists()) {
      throw new TemplateException("Er is geen " + kind.label() + " '" + name + "' (bestand " + path + ").");
    }
    try (InputStream in = file.getInputStream()) {
      return TextTemplate.parse(kind, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TemplateException("Het " + kind.label() + " '" + name + "' kan niet worden gelezen.");
    }
  }
}
