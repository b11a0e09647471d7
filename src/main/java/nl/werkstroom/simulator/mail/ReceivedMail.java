package nl.werkstroom.simulator.mail;

import java.time.OffsetDateTime;

/**
 * One message as the simulator received it for one recipient: envelope sender and recipient, the
 * subject and plain text, when it arrived, its Message-ID, and whether a message with that
 * Message-ID reached this recipient before (a repeated send).
 */
record ReceivedMail(
    String id,
    String messageId,
    String van,
    String aan,
    String onderwerp,
    String tekst,
    OffsetDateTime ontvangen,
    boolean herhaald) {
}
