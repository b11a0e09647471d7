package nl.werkstroom.simulator.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The SMTP simulator's life cycle and how it reads a message, without the application around it. */
class SmtpSimulatorTest {

  @Test
  void aTakenPortStopsTheStartWithTheSettingToChange() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SmtpSimulator simulator = new SmtpSimulator(new MailSimulatorProperties(taken.getLocalPort(), "onbestelbaar.example"),
          mock(MailInbox.class));

      assertThatThrownBy(simulator::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("werkstroom.simulators.mail.smtp-port");
      assertThat(simulator.isRunning()).isFalse();
      assertThat(simulator.port()).isNegative();
    }
  }

  @Test
  void itListensOnAFreePortUntilStopped() throws Exception {
    SmtpSimulator simulator = new SmtpSimulator(new MailSimulatorProperties(0, "onbestelbaar.example"), mock(MailInbox.class));

    simulator.start();
    int port = simulator.port();
    assertThat(port).isPositive();
    try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
      String greeting = new String(client.getInputStream().readNBytes(3), StandardCharsets.US_ASCII);
      assertThat(greeting).isEqualTo("220");
    }
    simulator.stop();

    assertThat(simulator.isRunning()).isFalse();
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).as("the port is free again").isEqualTo(port);
    }
  }

  @Test
  void theTextOfAnHtmlOnlyMessageIsItsTextWithoutTags() throws Exception {
    String raw = """
        Subject: Test
        Content-Type: text/html; charset=UTF-8

        <html><head><style>p { color: red }</style></head><body><p>Beste Joost &amp; Eva,</p><p>Tot ziens<br>KCC</p></body></html>
        """.replace("\n", "\r\n");
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));

    assertThat(SmtpSimulator.text(message)).isEqualTo("Beste Joost & Eva,\nTot ziens\nKCC");
  }
}
