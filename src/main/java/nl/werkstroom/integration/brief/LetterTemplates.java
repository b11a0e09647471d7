package nl.werkstroom.integration.brief;

import nl.werkstroom.integration.tekst.TemplateFiles;
import org.springframework.stereotype.Component;

/**
 * The Dutch letter templates, {@code brieven/<name>.txt} on the classpath
 * (src/main/resources/brieven), read once and kept. A template name is lowercase words joined by
 * hyphens; anything else (a path) is refused.
 */
@Component
public class LetterTemplates {

  private final TemplateFiles files = new TemplateFiles(LetterTemplate.KIND);

  public LetterTemplate template(String name) {
    return new LetterTemplate(files.template(name));
  }
}
