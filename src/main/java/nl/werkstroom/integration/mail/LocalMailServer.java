package nl.werkstroom.integration.mail;

/**
 * A mail server inside this installation (the demo's SMTP simulator). When there is one and
 * {@code spring.mail.host} is this machine, {@link MailSender} sends to the port it actually listens
 * on, which is known only once it runs (the tests let it choose a free port).
 */
public interface LocalMailServer {

  /** The port it listens on, or a negative number when it does not (yet) run. */
  int port();
}
