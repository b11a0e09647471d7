package nl.werkstroom.simulator.zgw.besluiten;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The besluiten of the Besluiten simulator in the {@link SimulatorStore}: {@code besluiten} (looked
 * up by verantwoordelijke organisatie and identificatie) and {@code besluitinformatieobjecten}
 * (looked up by the besluit's uuid). Creating is serialised in this JVM, so that two requests with the
 * same identificatie, or the same link, cannot both pass the uniqueness check.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
public class BesluitenData {

  static final String SYSTEM = "zgw-besluiten";
  static final String BESLUITEN = "besluiten";
  static final String BESLUITINFORMATIEOBJECTEN = "besluitinformatieobjecten";
  static final String VOLGNUMMERS = "volgnummers";

  private final SimulatorStore store;

  public BesluitenData(SimulatorStore store) {
    this.store = store;
  }

  public Optional<OpgeslagenBesluit> besluit(String uuid) {
    return store.get(SYSTEM, BESLUITEN, uuid, OpgeslagenBesluit.class);
  }

  public List<OpgeslagenBesluit> besluiten() {
    return store.list(SYSTEM, BESLUITEN, OpgeslagenBesluit.class);
  }

  public List<OpgeslagenBesluit> besluiten(String verantwoordelijkeOrganisatie, String identificatie) {
    return store.findByLookupKey(SYSTEM, BESLUITEN, lookupKey(verantwoordelijkeOrganisatie, identificatie),
        OpgeslagenBesluit.class);
  }

  public Optional<OpgeslagenBesluitInformatieObject> besluitinformatieobject(String uuid) {
    return store.get(SYSTEM, BESLUITINFORMATIEOBJECTEN, uuid, OpgeslagenBesluitInformatieObject.class);
  }

  public List<OpgeslagenBesluitInformatieObject> besluitinformatieobjecten() {
    return store.list(SYSTEM, BESLUITINFORMATIEOBJECTEN, OpgeslagenBesluitInformatieObject.class);
  }

  public List<OpgeslagenBesluitInformatieObject> besluitinformatieobjecten(String besluitUuid) {
    return store.findByLookupKey(SYSTEM, BESLUITINFORMATIEOBJECTEN, besluitUuid, OpgeslagenBesluitInformatieObject.class);
  }

  /**
   * Stores a new besluit. {@code identificatie} null means: generate the next
   * {@code BESLUIT-<year>-<ten digits>}. Empty when the identificatie is taken for this organisation.
   */
  synchronized Optional<OpgeslagenBesluit> create(String verantwoordelijkeOrganisatie, String identificatie, int jaar,
      Function<String, OpgeslagenBesluit> besluit) {
    String definitief = identificatie != null ? identificatie : nextIdentificatie(verantwoordelijkeOrganisatie, jaar);
    if (!besluiten(verantwoordelijkeOrganisatie, definitief).isEmpty()) {
      return Optional.empty();
    }
    OpgeslagenBesluit nieuw = besluit.apply(definitief);
    store.put(SYSTEM, BESLUITEN, nieuw.uuid(), lookupKey(verantwoordelijkeOrganisatie, definitief), nieuw);
    return Optional.of(nieuw);
  }

  /** Stores a link unless the besluit is linked to a document with the same uuid already; empty then. */
  synchronized Optional<OpgeslagenBesluitInformatieObject> create(OpgeslagenBesluitInformatieObject link,
      Function<String, String> documentUuid) {
    String document = documentUuid.apply(link.informatieobject());
    boolean linked = besluitinformatieobjecten(link.besluit()).stream()
        .anyMatch(existing -> existing.informatieobject().equals(link.informatieobject())
            || (document != null && document.equals(documentUuid.apply(existing.informatieobject()))));
    if (linked) {
      return Optional.empty();
    }
    store.put(SYSTEM, BESLUITINFORMATIEOBJECTEN, link.uuid(), link.besluit(), link);
    return Optional.of(link);
  }

  private String nextIdentificatie(String verantwoordelijkeOrganisatie, int jaar) {
    String reeks = "BESLUIT-" + jaar;
    long laatste = store.get(SYSTEM, VOLGNUMMERS, reeks, Volgnummer.class).map(Volgnummer::laatste).orElse(0L);
    String identificatie;
    do {
      laatste++;
      identificatie = String.format("%s-%010d", reeks, laatste);
    } while (!besluiten(verantwoordelijkeOrganisatie, identificatie).isEmpty());
    store.put(SYSTEM, VOLGNUMMERS, reeks, null, new Volgnummer(laatste));
    return identificatie;
  }

  private static String lookupKey(String verantwoordelijkeOrganisatie, String identificatie) {
    return verantwoordelijkeOrganisatie + "/" + identificatie;
  }

  record Volgnummer(long laatste) {
  }
}
