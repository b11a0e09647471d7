package nl.werkstroom.simulator.zgw.documenten;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The documents of the Documenten simulator in the {@link SimulatorStore}: metadata in
 * {@code enkelvoudiginformatieobjecten} (looked up by bronorganisatie and identificatie), files in
 * {@code inhoud}, both by the document's uuid. Public so that other simulators (Zaken, Besluiten) can
 * check that a document URL they are given exists. Creating is serialised in this JVM, so that two
 * requests with the same identificatie cannot both pass the uniqueness check.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
public class DocumentenData {

  static final String SYSTEM = "zgw-documenten";
  static final String DOCUMENTEN = "enkelvoudiginformatieobjecten";
  static final String INHOUD = "inhoud";
  static final String VOLGNUMMERS = "volgnummers";

  private final SimulatorStore store;

  public DocumentenData(SimulatorStore store) {
    this.store = store;
  }

  public Optional<OpgeslagenDocument> document(String uuid) {
    return store.get(SYSTEM, DOCUMENTEN, uuid, OpgeslagenDocument.class);
  }

  public List<OpgeslagenDocument> documenten() {
    return store.list(SYSTEM, DOCUMENTEN, OpgeslagenDocument.class);
  }

  public List<OpgeslagenDocument> documenten(String bronorganisatie, String identificatie) {
    return store.findByLookupKey(SYSTEM, DOCUMENTEN, lookupKey(bronorganisatie, identificatie), OpgeslagenDocument.class);
  }

  /** The stored file of a document; empty when it was stored without one. */
  public Optional<byte[]> inhoud(String uuid) {
    return store.get(SYSTEM, INHOUD, uuid, Inhoud.class).map(inhoud -> Base64.getDecoder().decode(inhoud.base64()));
  }

  /**
   * Stores a new document. {@code identificatie} null means: generate the next
   * {@code DOCUMENT-<year>-<ten digits>}. The document is built by {@code document} from the final
   * identificatie; empty when that identificatie is taken for this bronorganisatie.
   */
  synchronized Optional<OpgeslagenDocument> create(String bronorganisatie, String identificatie, int jaar,
      Function<String, OpgeslagenDocument> document, byte[] inhoud) {
    String definitief = identificatie != null ? identificatie : nextIdentificatie(bronorganisatie, "DOCUMENT", jaar);
    if (!documenten(bronorganisatie, definitief).isEmpty()) {
      return Optional.empty();
    }
    OpgeslagenDocument nieuw = document.apply(definitief);
    if (inhoud != null) {
      store.put(SYSTEM, INHOUD, nieuw.uuid(), null, new Inhoud(Base64.getEncoder().encodeToString(inhoud)));
    }
    store.put(SYSTEM, DOCUMENTEN, nieuw.uuid(), lookupKey(bronorganisatie, definitief), nieuw);
    // As stored, so that the answer to the POST equals every later GET (time stamps in UTC).
    return document(nieuw.uuid());
  }

  private String nextIdentificatie(String bronorganisatie, String prefix, int jaar) {
    String reeks = prefix + "-" + jaar;
    long laatste = store.get(SYSTEM, VOLGNUMMERS, reeks, Volgnummer.class).map(Volgnummer::laatste).orElse(0L);
    String identificatie;
    do {
      laatste++;
      identificatie = String.format("%s-%010d", reeks, laatste);
    } while (!documenten(bronorganisatie, identificatie).isEmpty());
    store.put(SYSTEM, VOLGNUMMERS, reeks, null, new Volgnummer(laatste));
    return identificatie;
  }

  private static String lookupKey(String bronorganisatie, String identificatie) {
    return bronorganisatie + "/" + identificatie;
  }

  record Inhoud(String base64) {
  }

  record Volgnummer(long laatste) {
  }
}
