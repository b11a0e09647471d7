package nl.werkstroom.integration.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.ErrorBodies;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a {@link Mail} over SMTP with Spring's {@link JavaMailSender} ({@code spring.mail.*}), as
 * plain text with an HTML alternative. The {@code Message-ID} is derived from the caller's
 * idempotency key, so a second attempt at the same mail carries the same Message-ID and mail systems
 * can recognise it as the same message. Failures are sorted as for the HTTP backends: no connection,
 * a time-out or a temporary (4xx) reply is a {@link BackendUnavailableException} (try again later);
 * a permanent (5xx) reply or an invalid address is a {@link MailRejectedException}. Addresses and
 * texts are never logged.
 */
@Component("smtpMailSender") // "mailSender" is Spring Boot's JavaMailSender
public class MailSender {

  public static final String SYSTEM = "E-mail (SMTP)";
  private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
  private static final Pattern EMAIL_ADDRESS = Pattern.compile("<?[^\\s<>\"]+@[^\\s<>\"]+>?");
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

  private final ObjectProvider<JavaMailSender> configured;
  private final ObjectProvider<LocalMailServer> localServer;
  private final MailSenderProperties properties;
  private volatile JavaMailSenderImpl local;

  public MailSender(ObjectProvider<JavaMailSender> configured, ObjectProvider<LocalMailServer> localServer,
      MailSenderProperties properties) {
    this.configured = configured;
    this.localServer = localServer;
    this.properties = properties;
  }

  /** Sends the mail; returns its Message-ID. */
  public String send(Mail mail, String idempotencyKey) {
    InternetAddress recipient = recipient(mail.to());
    InternetAddress from = address(properties.from(), "werkstroom.integration.mail.from");
    String messageId = messageId(idempotencyKey, from);
    JavaMailSender sender = sender();
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      if (properties.replyTo() != null && !properties.replyTo().isBlank()) {
        helper.setReplyTo(address(properties.replyTo(), "werkstroom.integration.mail.reply-to"));
      }
      helper.setTo(recipient);
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), mail.html());
      // JavaMailSenderImpl keeps a Message-ID that was set before sending.
      message.setHeader("Message-ID", messageId);
      sender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot compose the mail of template " + mail.templateName(), e);
    } catch (MailAuthenticationException e) {
      throw new MailRejectedException(535, "Werkstroom kon niet aanmelden bij de mailserver; "
          + "controleer spring.mail.username en spring.mail.password.", false);
    } catch (MailException e) {
      throw failure(e);
    }
    LOG.info("Mail sent: template {}, Message-ID {}", mail.templateName(), messageId);
    return messageId;
  }

  /** {@code <werkstroom.<hash of the key>@<domain of the sender>>}: stable for the key, and telling nothing. */
  static String messageId(String idempotencyKey, InternetAddress from) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("A mail needs an idempotency key");
    }
    String address = from.getAddress();
    String domain = address.contains("@") ? address.substring(address.indexOf('@') + 1) : "werkstroom.invalid";
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "<werkstroom." + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InternetAddress recipient(String to) {
    try {
      InternetAddress address = new InternetAddress(to == null ? "" : to.trim(), true);
      address.validate();
      if (!address.getAddress().contains("@")) {
        throw new AddressException("no domain");
      }
      return address;
    } catch (AddressException e) {
      throw new MailRejectedException(553, "het e-mailadres van de ontvanger is ongeldig.", true,
          "Werkstroom verstuurt het bericht niet: het e-mailadres van de ontvanger is ongeldig.");
    }
  }

  private static InternetAddress address(String value, String setting) {
    try {
      return new InternetAddress(value, true);
    } catch (AddressException e) {
      throw new IllegalStateException("The setting " + setting + " is not a valid e-mail address", e);
    }
  }

  /**
   * The configured sender; when the demo's own SMTP simulator runs and the host is this machine,
   * one that sends to the port the simulator actually listens on.
   */
  private JavaMailSender sender() {
    JavaMailSender sender = configured.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No mail server configured: set spring.mail.host (and spring.mail.port)");
    }
    LocalMailServer server = localServer.getIfAvailable();
    if (server == null || !(sender instanceof JavaMailSenderImpl impl)
        || impl.getHost() == null || !LOOPBACK.contains(impl.getHost().toLowerCase(Locale.ROOT))) {
      return sender;
    }
    int port = server.port();
    if (port <= 0) {
      throw new BackendUnavailableException(SYSTEM, "De mailsimulator is nog niet gestart. Werkstroom probeert het opnieuw.", null);
    }
    JavaMailSenderImpl current = local;
    if (current == null || current.getPort() != port) {
      current = new JavaMailSenderImpl();
      current.setJavaMailProperties(impl.getJavaMailProperties());
      current.setProtocol(impl.getProtocol());
      current.setHost(impl.getHost());
      current.setPort(port);
      current.setUsername(impl.getUsername());
      current.setPassword(impl.getPassword());
      current.setDefaultEncoding(impl.getDefaultEncoding());
      local = current;
    }
    return current;
  }

  private static RuntimeException failure(MailException e) {
    for (Throwable cause : causes(e)) {
      int code = cause instanceof SMTPAddressFailedException failed ? failed.getReturnCode()
          : cause instanceof SMTPSenderFailedException failed ? failed.getReturnCode()
          : cause instanceof SMTPSendFailedException failed ? failed.getReturnCode()
          : -1;
      if (code >= 500) {
        return new MailRejectedException(code, reply(cause), cause instanceof SMTPAddressFailedException);
      }
      if (code >= 400) {
        return new BackendUnavailableException(SYSTEM, SYSTEM + " kan het bericht nu niet aannemen (SMTP " + code
            + "): " + reply(cause) + " Werkstroom probeert het opnieuw.", e);
      }
    }
    return new BackendUnavailableException(SYSTEM, SYSTEM + " is niet bereikbaar of antwoordt niet op tijd. "
        + "Werkstroom probeert het opnieuw.", e);
  }

  /** Every exception behind a failed send: the causes, and those of each failed message. */
  private static List<Throwable> causes(MailException e) {
    List<Throwable> all = new ArrayList<>();
    List<Throwable> roots = new ArrayList<>(List.of(e));
    if (e instanceof MailSendException send) {
      roots.addAll(List.of(send.getMessageExceptions()));
    }
    for (Throwable root : roots) {
      for (Throwable cause = root; cause != null && !all.contains(cause); cause = cause.getCause()) {
        all.add(cause);
      }
    }
    return all;
  }

  /** The server's reply text, with e-mail addresses masked. */
  private static String reply(Throwable cause) {
    String text = cause.getMessage() == null ? "" : cause.getMessage().strip();
    return ErrorBodies.mask(EMAIL_ADDRESS.matcher(text).replaceAll("(e-mailadres)"));
  }
}
