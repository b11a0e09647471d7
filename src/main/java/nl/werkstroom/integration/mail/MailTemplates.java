package nl.werkstroom.integration.mail;

import java.util.Map;
import nl.werkstroom.integration.tekst.TemplateFiles;
import org.springframework.stereotype.Component;

/**
 * The Dutch e-mail templates, {@code mail/<name>.txt} on the classpath (src/main/resources/mail),
 * read once and kept. A template name is lowercase words joined by hyphens; anything else (a path)
 * is refused.
 */
@Component
public class MailTemplates {

  private final TemplateFiles files = new TemplateFiles(MailTemplate.KIND);

  public MailTemplate template(String name) {
    return new MailTemplate(files.template(name));
  }

  /** The mail to {@code to}, rendered from the template with these values for its placeholders. */
  public Mail render(String templateName, String to, Map<String, ?> values) {
    return template(templateName).render(to, values);
  }
}
