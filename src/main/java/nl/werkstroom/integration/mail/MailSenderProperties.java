package nl.werkstroom.integration.mail;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who Werkstroom's e-mail comes from, {@code werkstroom.integration.mail.*}. The mail server itself
 * is Spring Boot's {@code spring.mail.*} (host, port, username, password, JavaMail properties).
 */
@Validated
@ConfigurationProperties("werkstroom.integration.mail")
public record MailSenderProperties(
    @DefaultValue("Werkstroom <noreply@werkstroom.example>") @NotBlank String from,
    String replyTo) {
}
