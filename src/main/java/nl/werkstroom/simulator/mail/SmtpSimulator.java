package nl.werkstroom.simulator.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import nl.werkstroom.integration.mail.LocalMailServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An SMTP server on this machine (loopback only) that accepts every message and keeps it in the
 * {@link MailInbox}, instead of delivering it. Recipients in the refused domain are refused with a
 * permanent SMTP error (553), as a real server refuses an unknown mailbox. Starts and stops with the
 * application; with port 0 it takes a free port, which {@link #port()} tells the mail sender.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class SmtpSimulator implements SmartLifecycle, LocalMailServer {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpSimulator.class);
  private static final int MAX_MESSAGE_SIZE = 10 * 1024 * 1024;
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final MailSimulatorProperties properties;
  private final MailInbox inbox;
  private volatile SMTPServer server;

  SmtpSimulator(MailSimulatorProperties properties, MailInbox inbox) {
    this.properties = properties;
    this.inbox = inbox;
  }

  @Override
  public synchronized void start() {
    if (server != null) {
      return;
    }
    SMTPServer smtp = SMTPServer.port(properties.smtpPort())
        .bindAddress(InetAddress.getLoopbackAddress())
        .hostName("mailsimulator.werkstroom.example")
        .softwareName("Werkstroom mailsimulator")
        .maxMessageSize(MAX_MESSAGE_SIZE)
        .simpleMessageListener(new Listener())
        .build();
    try {
      smtp.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException("The mail simulator cannot listen on port " + properties.smtpPort()
          + " (werkstroom.simulators.mail.smtp-port): is another Werkstroom running? Choose another port, or 0 for any free one.", e);
    }
    server = smtp;
    LOG.info("Mail simulator listening for SMTP on {}:{}", InetAddress.getLoopbackAddress().getHostAddress(), port());
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
      LOG.info("Mail simulator stopped");
    }
  }

  /** Early: up before the web server and the processes need it, down after them. */
  @Override
  public int getPhase() {
    return 0;
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  @Override
  public int port() {
    SMTPServer current = server;
    return current == null ? -1 : current.getPortAllocated();
  }

  private class Listener implements SimpleMessageListener {

    @Override
    public boolean accept(String from, String recipient) {
      String domain = recipient.substring(recipient.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
      return !domain.equals(properties.refusedDomain().toLowerCase(Locale.ROOT));
    }

    @Override
    public void deliver(String from, String recipient, InputStream data) throws IOException {
      try {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), data);
        ReceivedMail stored = inbox.add(new ReceivedMail(UUID.randomUUID().toString(), message.getMessageID(), from,
            recipient, message.getSubject(), text(message), OffsetDateTime.now(ZONE), false));
        LOG.info("Mail simulator received message {}{}", stored.messageId(), stored.herhaald() ? " (again)" : "");
      } catch (MessagingException e) {
        throw new IOException("Unreadable message", e);
      }
    }
  }

  /** The plain text of a message: its text/plain part, or the text of its HTML part. */
  static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (child.isMimeType("text/html")) {
          html = html == null ? text(child) : html;
          continue;
        }
        String text = text(child);
        if (text != null) {
          return text;
        }
      }
      return html;
    }
    if (part.isMimeType("text/html")) {
      String withoutTags = part.getContent().toString().replaceAll("(?is)<(head|style|script)[^>]*>.*?</\\1>", "")
          .replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]+>", "");
      return HtmlUtils.htmlUnescape(withoutTags).strip();
    }
    return null;
  }
}
