package nl.werkstroom.integration.zgw.catalogi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.ZgwRequests;
import nl.werkstroom.integration.zgw.ZgwRequests.ApiPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The VNG Catalogi API 1.3 (read only): a municipality's catalogue and its zaaktypen with their
 * statustypen and resultaattypen, informatieobjecttypen and besluittypen. Lists are read page after
 * page. Errors: {@code BackendRejectedException} (4xx), {@code BackendUnavailableException} (5xx,
 * time-out, unreadable answer).
 */
@Component
public class CatalogiClient {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final BackendConnection connection;
  private final RestClient client;
  private final Clock clock;

  @Autowired
  public CatalogiClient(ZgwProperties properties, BackendHttp http) {
    this(properties, http, Clock.system(ZONE));
  }

  CatalogiClient(ZgwProperties properties, BackendHttp http, Clock clock) {
    this.connection = properties.catalogi();
    this.client = ZgwRequests.client(http, connection, properties);
    this.clock = clock;
  }

  /** The catalogue with this domain and RSIN ({@code GET /catalogussen?domein=&rsin=}). */
  public Optional<Catalogus> catalogus(String domein, String rsin) {
    return list(ApiPath.of("/catalogussen").param("domein", domein).param("rsin", rsin), Catalogus.class).stream()
        .filter(catalogus -> domein.equals(catalogus.domein()) && rsin.equals(catalogus.rsin()))
        .findFirst();
  }

  /**
   * The published version of a zaaktype that is in force today ({@code GET
   * /zaaktypen?catalogus=&identificatie=&status=definitief}); the latest one if versions overlap.
   */
  public Optional<ZaakType> zaaktype(String catalogusUrl, String identificatie) {
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    ApiPath path = ApiPath.of("/zaaktypen")
        .param("catalogus", catalogusUrl)
        .param("identificatie", identificatie)
        .param("status", "definitief");
    return list(path, ZaakType.class).stream()
        .filter(zaaktype -> !zaaktype.concept() && identificatie.equals(zaaktype.identificatie()))
        .filter(zaaktype -> zaaktype.geldigOp(today))
        .max(Comparator.comparing(ZaakType::beginGeldigheid, Comparator.nullsFirst(Comparator.naturalOrder())));
  }

  /** The statustypen of a zaaktype, by volgnummer ({@code GET /statustypen?zaaktype=}). */
  public List<StatusType> statustypen(String zaaktypeUrl) {
    return list(ApiPath.of("/statustypen").param("zaaktype", zaaktypeUrl), StatusType.class).stream()
        .sorted(Comparator.comparingInt(StatusType::volgnummer))
        .toList();
  }

  /** The resultaattypen of a zaaktype ({@code GET /resultaattypen?zaaktype=}). */
  public List<ResultaatType> resultaattypen(String zaaktypeUrl) {
    return list(ApiPath.of("/resultaattypen").param("zaaktype", zaaktypeUrl), ResultaatType.class);
  }

  /** The informatieobjecttypen of a catalogue ({@code GET /informatieobjecttypen?catalogus=}). */
  public List<InformatieObjectType> informatieobjecttypen(String catalogusUrl) {
    return list(ApiPath.of("/informatieobjecttypen").param("catalogus", catalogusUrl), InformatieObjectType.class);
  }

  /** The besluittypen of a catalogue ({@code GET /besluittypen?catalogus=}). */
  public List<BesluitType> besluittypen(String catalogusUrl) {
    return list(ApiPath.of("/besluittypen").param("catalogus", catalogusUrl), BesluitType.class);
  }

  private <T> List<T> list(ApiPath path, Class<T> type) {
    return ZgwRequests.readAll(client, connection, path, type, headers -> { });
  }
}
