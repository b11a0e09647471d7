package nl.werkstroom.integration.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Dutch e-mail templates, {@code mail/<name>.txt} on the classpath (src/main/resources/mail),
 * read once and kept. A template name is lowercase words joined by hyphens; anything else (a path)
 * is refused.
 */
@Component
public class MailTemplates {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, MailTemplate> templates = new ConcurrentHashMap<>();

  public MailTemplate template(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new MailTemplateException("'" + name + "' is geen geldige naam van een e-mailsjabloon "
          + "(kleine letters, cijfers en streepjes, zoals ontvangstbevestiging).");
    }
    return templates.computeIfAbsent(name, MailTemplates::load);
  }

  /** The mail to {@code to}, rendered from the template with these values for its placeholders. */
  public Mail render(String templateName, String to, Map<String, ?> values) {
    return template(templateName).render(to, values);
  }

  private static MailTemplate load(String name) {
    ClassPathResource file = new ClassPathResource("mail/" + name + ".txt");
    if (!file.exists()) {
      throw new MailTemplateException("Er is geen e-mailsjabloon '" + name + "' (bestand mail/" + name + ".txt).");
    }
    try (InputStream in = file.getInputStream()) {
      return MailTemplate.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MailTemplateException("Het e-mailsjabloon '" + name + "' kan niet worden gelezen.");
    }
  }
}
