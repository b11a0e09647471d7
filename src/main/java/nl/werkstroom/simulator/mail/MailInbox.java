package nl.werkstroom.simulator.mail;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The mail the simulator received, kept in the {@link SimulatorStore}: newest first when read. */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class MailInbox {

  static final String SYSTEM = "mail";
  static final String COLLECTION = "berichten";

  private final SimulatorStore store;

  MailInbox(SimulatorStore store) {
    this.store = store;
  }

  synchronized ReceivedMail add(ReceivedMail mail) {
    boolean repeated = mail.messageId() != null
        && !store.findByLookupKey(SYSTEM, COLLECTION, lookupKey(mail), ReceivedMail.class).isEmpty();
    ReceivedMail stored = new ReceivedMail(mail.id(), mail.messageId(), mail.van(), mail.aan(), mail.onderwerp(),
        mail.tekst(), mail.ontvangen(), repeated);
    store.put(SYSTEM, COLLECTION, stored.id(), lookupKey(stored), stored);
    return stored;
  }

  List<ReceivedMail> newestFirst() {
    return store.list(SYSTEM, COLLECTION, ReceivedMail.class).stream()
        .sorted(Comparator.comparing(ReceivedMail::ontvangen).reversed())
        .toList();
  }

  Optional<ReceivedMail> get(String id) {
    return store.get(SYSTEM, COLLECTION, id, ReceivedMail.class);
  }

  /** Message-ID and recipient: the same message to the same person again is a repeat. */
  private static String lookupKey(ReceivedMail mail) {
    String key = (mail.messageId() == null ? "" : mail.messageId()) + " " + mail.aan().toLowerCase(Locale.ROOT);
    return key.length() <= 255 ? key : key.substring(0, 255);
  }
}
