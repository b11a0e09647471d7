package nl.werkstroom.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The mail sender against SMTP servers that accept, refuse, hang or are not there: what reaches the
 * server, and which failure the process gets.
 */
class MailSenderTest {

  private static final Mail MAIL = new Mail("aanvrager@example.nl", "Onderwerp", "Tekst", "<p>Tekst</p>", "test");
  private final List<AutoCloseable> running = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : running) {
      closeable.close();
    }
  }

  @Test
  void sendsTextAndHtmlWithAMessageIdDerivedFromTheKey() throws Exception {
    List<MimeMessage> received = new ArrayList<>();
    int port = smtp(recipient -> null, data -> {
      received.add(data);
      return null;
    });

    String first = sender(port, "Gemeente Leiden <noreply@leiden.example>", "kcc@leiden.example").send(MAIL, "proces-1:Task_Mail");
    String again = sender(port).send(MAIL, "proces-1:Task_Mail");
    String other = sender(port).send(MAIL, "proces-1:Task_Mail:2");

    assertThat(first).matches("<werkstroom\\.[0-9a-f]{32}@leiden\\.example>");
    assertThat(again).as("the same key, the same Message-ID").isEqualTo(first.replace("leiden.example", "werkstroom.example"));
    assertThat(other).isNotEqualTo(again);
    MimeMessage message = received.get(0);
    assertThat(message.getMessageID()).isEqualTo(first);
    assertThat(message.getSubject()).isEqualTo("Onderwerp");
    assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Gemeente Leiden");
    assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("kcc@leiden.example");
    assertThat(message.getContentType()).startsWith("multipart/");
    assertThat(new String(message.getInputStream().readAllBytes())).contains("Tekst").contains("<p>Tekst</p>");
  }

  @Test
  void noServerIsRetryable() throws IOException {
    int nothingListens;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nothingListens = socket.getLocalPort();
    }

    assertThatThrownBy(() -> sender(nothingListens).send(MAIL, "k"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessage("E-mail (SMTP) is niet bereikbaar of antwoordt niet op tijd. Werkstroom probeert het opnieuw.")
        .satisfies(e -> assertThat(((BackendUnavailableException) e).system()).isEqualTo("E-mail (SMTP)"));
  }

  @Test
  void aServerThatDoesNotAnswerIsRetryableAfterTheTimeout() throws IOException {
    ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    running.add(silent);
    Thread acceptor = new Thread(() -> {
      try (Socket ignored = silent.accept()) {
        Thread.sleep(5_000);
      } catch (Exception stopped) {
        // the test is over
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();

    Instant start = Instant.now();
    assertThatThrownBy(() -> sender(silent.getLocalPort()).send(MAIL, "k"))
        .isInstanceOf(BackendUnavailableException.class);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aRefusedRecipientIsARejectionWithoutTheAddress() throws IOException {
    int port = smtp(recipient -> new RejectException(550, "5.1.1 <" + recipient + "> Mailbox unavailable"), data -> null);

    assertThatThrownBy(() -> sender(port).send(MAIL, "k"))
        .isInstanceOfSatisfying(MailRejectedException.class, e -> {
          assertThat(e.recipientRejected()).isTrue();
          assertThat(e.status()).isEqualTo(550);
          assertThat(e.getMessage()).startsWith("E-mail (SMTP) weigerde het bericht (SMTP 550):")
              .contains("Mailbox unavailable").doesNotContain("aanvrager@example.nl").doesNotContain("HTTP");
        })
        .isInstanceOf(BackendRejectedException.class);
  }

  @Test
  void aRefusedMessageIsARejectionButNotOfTheRecipient() throws IOException {
    int port = smtp(recipient -> null, data -> new RejectException(554, "5.7.1 Message refused as spam"));

    assertThatThrownBy(() -> sender(port).send(MAIL, "k"))
        .isInstanceOfSatisfying(MailRejectedException.class, e -> {
          assertThat(e.recipientRejected()).isFalse();
          assertThat(e.status()).isEqualTo(554);
        });
  }

  @Test
  void aTemporaryRefusalIsRetryable() throws IOException {
    int port = smtp(recipient -> new RejectException(451, "4.3.0 Try again later"), data -> null);

    assertThatThrownBy(() -> sender(port).send(MAIL, "k"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("SMTP 451").hasMessageContaining("probeert het opnieuw").hasMessageNotContaining("aanvrager@");
  }

  @Test
  void anInvalidAddressIsRefusedWithoutContactingTheServer() {
    MailSender sender = sender(1);

    for (String address : new String[] {"geen-adres", "twee@@example.nl", "", "a@b.nl, c@d.nl"}) {
      assertThatThrownBy(() -> sender.send(new Mail(address, "s", "b", "<p>b</p>", "test"), "k"))
          .as(address)
          .isInstanceOfSatisfying(MailRejectedException.class, e -> assertThat(e.recipientRejected()).isTrue())
          .hasMessage("Werkstroom verstuurt het bericht niet: het e-mailadres van de ontvanger is ongeldig.");
    }
  }

  @Test
  void withoutAMailServerConfiguredItSaysWhatToSet() {
    MailSender sender = new MailSender(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
        new DefaultListableBeanFactory().getBeanProvider(LocalMailServer.class),
        new MailSenderProperties("Werkstroom <noreply@werkstroom.example>", null));

    assertThatThrownBy(() -> sender.send(MAIL, "k")).hasMessageContaining("spring.mail.host");
  }

  @Test
  void mailForThisMachineGoesToThePortOfTheLocalMailServer() throws IOException {
    List<MimeMessage> received = new ArrayList<>();
    int port = smtp(recipient -> null, data -> {
      received.add(data);
      return null;
    });
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("javaMailSender", javaMail(2525));
    beans.registerSingleton("localMailServer", (LocalMailServer) () -> port);
    MailSender sender = new MailSender(beans.getBeanProvider(JavaMailSender.class), beans.getBeanProvider(LocalMailServer.class),
        new MailSenderProperties("Werkstroom <noreply@werkstroom.example>", null));

    sender.send(MAIL, "k");

    assertThat(received).hasSize(1);
  }

  private MailSender sender(int port) {
    return sender(port, "Werkstroom <noreply@werkstroom.example>", null);
  }

  private MailSender sender(int port, String from, String replyTo) {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("javaMailSender", javaMail(port));
    return new MailSender(beans.getBeanProvider(JavaMailSender.class), beans.getBeanProvider(LocalMailServer.class),
        new MailSenderProperties(from, replyTo));
  }

  private static JavaMailSenderImpl javaMail(int port) {
    JavaMailSenderImpl javaMail = new JavaMailSenderImpl();
    javaMail.setHost("127.0.0.1");
    javaMail.setPort(port);
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.connectiontimeout", "500");
    properties.setProperty("mail.smtp.timeout", "500");
    properties.setProperty("mail.smtp.writetimeout", "500");
    javaMail.setJavaMailProperties(properties);
    return javaMail;
  }

  /** An SMTP server that refuses recipients and messages as told (null: accept) and hands over what it accepts. */
  private int smtp(Function<String, RejectException> recipients, Function<MimeMessage, RejectException> messages) {
    SMTPServer server = SMTPServer.port(0).bindAddress(InetAddress.getLoopbackAddress())
        .messageHandlerFactory((MessageContext context) -> new MessageHandler() {
          @Override
          public void from(String from) {
          }

          @Override
          public void recipient(String recipient) throws RejectException {
            RejectException refusal = recipients.apply(recipient);
            if (refusal != null) {
              throw refusal;
            }
          }

          @Override
          public String data(InputStream data) throws RejectException, IOException {
            try {
              RejectException refusal = messages.apply(new MimeMessage(Session.getInstance(new Properties()), data));
              if (refusal != null) {
                throw refusal;
              }
            } catch (jakarta.mail.MessagingException e) {
              throw new IOException(e);
            }
            return null;
          }

          @Override
          public void done() {
          }
        })
        .build();
    server.start();
    running.add(server::stop);
    return server.getPortAllocated();
  }
}
