package nl.werkstroom.integration.mail;

import nl.werkstroom.integration.http.BackendRejectedException;

/**
 * The mail server refused the message with a permanent (5xx) SMTP reply, or the recipient's address
 * is not an e-mail address. Sending it again would be refused again. The server's reply text is
 * kept with every e-mail address in it masked.
 */
public class MailRejectedException extends BackendRejectedException {

  private final boolean recipientRejected;
  private final String message;

  MailRejectedException(int smtpCode, String explanation, boolean recipientRejected) {
    this(smtpCode, explanation, recipientRejected,
        MailSender.SYSTEM + " weigerde het bericht (SMTP " + smtpCode + ")" + (explanation.isBlank() ? "." : ": " + explanation));
  }

  MailRejectedException(int smtpCode, String explanation, boolean recipientRejected, String message) {
    super(MailSender.SYSTEM, smtpCode, explanation);
    this.recipientRejected = recipientRejected;
    this.message = message;
  }

  /** Whether it is the recipient's address that was refused (unknown mailbox, invalid address). */
  public boolean recipientRejected() {
    return recipientRejected;
  }

  @Override
  public String getMessage() {
    return message;
  }
}
