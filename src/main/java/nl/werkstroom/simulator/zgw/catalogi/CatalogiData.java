package nl.werkstroom.simulator.zgw.catalogi;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.werkstroom.simulator.store.SimulatorStore;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.BesluitTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.CatalogusDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.InformatieObjectTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.ResultaatTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.StatusTypeDocument;
import nl.werkstroom.simulator.zgw.catalogi.CatalogiDocuments.ZaakTypeDocument;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The catalogues of the Catalogi simulator in the {@link SimulatorStore}: read by the simulator's
 * API and by the Zaken simulator, which checks zaaktypen, statustypen and resultaattypen against them.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
public class CatalogiData {

  static final String SYSTEM = "zgw-catalogi";
  static final String CATALOGUSSEN = "catalogussen";
  static final String ZAAKTYPEN = "zaaktypen";
  static final String STATUSTYPEN = "statustypen";
  static final String RESULTAATTYPEN = "resultaattypen";
  static final String INFORMATIEOBJECTTYPEN = "informatieobjecttypen";
  static final String BESLUITTYPEN = "besluittypen";

  private final SimulatorStore store;

  public CatalogiData(SimulatorStore store) {
    this.store = store;
  }

  public Optional<CatalogusDocument> catalogus(String uuid) {
    return store.get(SYSTEM, CATALOGUSSEN, uuid, CatalogusDocument.class);
  }

  public List<CatalogusDocument> catalogussen() {
    return store.list(SYSTEM, CATALOGUSSEN, CatalogusDocument.class);
  }

  public Optional<ZaakTypeDocument> zaaktype(String uuid) {
    return store.get(SYSTEM, ZAAKTYPEN, uuid, ZaakTypeDocument.class);
  }

  public List<ZaakTypeDocument> zaaktypen() {
    return store.list(SYSTEM, ZAAKTYPEN, ZaakTypeDocument.class);
  }

  public Optional<StatusTypeDocument> statustype(String uuid) {
    return store.get(SYSTEM, STATUSTYPEN, uuid, StatusTypeDocument.class);
  }

  public List<StatusTypeDocument> statustypen() {
    return store.list(SYSTEM, STATUSTYPEN, StatusTypeDocument.class);
  }

  /** The statustypen of a zaaktype by volgnummer; the last is its final status. */
  public List<StatusTypeDocument> statustypen(String zaaktypeUuid) {
    return store.findByLookupKey(SYSTEM, STATUSTYPEN, zaaktypeUuid, StatusTypeDocument.class).stream()
        .sorted(Comparator.comparingInt(StatusTypeDocument::volgnummer))
        .toList();
  }

  /** Whether a statustype is its zaaktype's final status: the one with the highest volgnummer. */
  public boolean isEindstatus(StatusTypeDocument statustype) {
    List<StatusTypeDocument> all = statustypen(statustype.zaaktype());
    return !all.isEmpty() && all.get(all.size() - 1).uuid().equals(statustype.uuid());
  }

  public Optional<ResultaatTypeDocument> resultaattype(String uuid) {
    return store.get(SYSTEM, RESULTAATTYPEN, uuid, ResultaatTypeDocument.class);
  }

  public List<ResultaatTypeDocument> resultaattypen() {
    return store.list(SYSTEM, RESULTAATTYPEN, ResultaatTypeDocument.class);
  }

  public List<ResultaatTypeDocument> resultaattypen(String zaaktypeUuid) {
    return store.findByLookupKey(SYSTEM, RESULTAATTYPEN, zaaktypeUuid, ResultaatTypeDocument.class);
  }

  public Optional<InformatieObjectTypeDocument> informatieobjecttype(String uuid) {
    return store.get(SYSTEM, INFORMATIEOBJECTTYPEN, uuid, InformatieObjectTypeDocument.class);
  }

  public List<InformatieObjectTypeDocument> informatieobjecttypen() {
    return store.list(SYSTEM, INFORMATIEOBJECTTYPEN, InformatieObjectTypeDocument.class);
  }

  public Optional<BesluitTypeDocument> besluittype(String uuid) {
    return store.get(SYSTEM, BESLUITTYPEN, uuid, BesluitTypeDocument.class);
  }

  public List<BesluitTypeDocument> besluittypen() {
    return store.list(SYSTEM, BESLUITTYPEN, BesluitTypeDocument.class);
  }

  void put(CatalogusDocument catalogus) {
    store.put(SYSTEM, CATALOGUSSEN, catalogus.uuid(), catalogus.domein(), catalogus);
  }

  void put(ZaakTypeDocument zaaktype) {
    store.put(SYSTEM, ZAAKTYPEN, zaaktype.uuid(), zaaktype.catalogus(), zaaktype);
  }

  void put(StatusTypeDocument statustype) {
    store.put(SYSTEM, STATUSTYPEN, statustype.uuid(), statustype.zaaktype(), statustype);
  }

  void put(ResultaatTypeDocument resultaattype) {
    store.put(SYSTEM, RESULTAATTYPEN, resultaattype.uuid(), resultaattype.zaaktype(), resultaattype);
  }

  void put(InformatieObjectTypeDocument informatieobjecttype) {
    store.put(SYSTEM, INFORMATIEOBJECTTYPEN, informatieobjecttype.uuid(), informatieobjecttype.catalogus(),
        informatieobjecttype);
  }

  void put(BesluitTypeDocument besluittype) {
    store.put(SYSTEM, BESLUITTYPEN, besluittype.uuid(), besluittype.catalogus(), besluittype);
  }
}
