package nl.werkstroom.integration.zgw.zaken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.ZgwRequests;
import nl.werkstroom.integration.zgw.ZgwRequests.ApiPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The VNG Zaken API 1.5: zaken, their statussen and resultaat, and the documents that belong to
 * them. Every request carries a fresh ZGW JWT; requests on zaken carry {@code Accept-Crs} and
 * {@code Content-Crs} (EPSG:4326), without which the API refuses them (412), because a zaak may have
 * a geometry. Errors: {@code BackendRejectedException} (4xx, with the API's explanation such as
 * "zaaktype: ..."), {@code BackendUnavailableException} (5xx, time-out, unreadable answer).
 */
@Component
public class ZakenClient {

  /** The coordinate system of geometries: WGS 84, the only one the ZGW APIs support. */
  public static final String CRS = "EPSG:4326";

  private final BackendConnection connection;
  private final RestClient client;

  public ZakenClient(ZgwProperties properties, BackendHttp http) {
    this.connection = properties.zaken();
    this.client = ZgwRequests.client(http, connection, properties);
  }

  /** Registers a zaak ({@code POST /zaken}, 201); the API generates its identificatie. */
  public Zaak create(NieuweZaak zaak) {
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.post().uri("/zaken")
        .headers(ZakenClient::crs)
        .contentType(MediaType.APPLICATION_JSON)
        .body(zaak)
        .retrieve()
        .body(Zaak.class), connection));
  }

  /** Reads a zaak by its URL (which must belong to the configured Zaken API). */
  public Zaak get(String zaakUrl) {
    ApiPath path = ZgwRequests.within(connection, zaakUrl);
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.get().uri(path::applyTo)
        .headers(ZakenClient::crs)
        .retrieve()
        .body(Zaak.class), connection));
  }

  /**
   * The zaken of a source organisation, zaaktype and start date that carry the given kenmerk: the
   * API cannot filter on kenmerken, so it filters on the rest and this client keeps those that
   * match. Used to find a zaak that an earlier attempt registered before its answer was lost.
   */
  public List<Zaak> findByKenmerk(String bronorganisatie, String zaaktypeUrl, LocalDate startdatum, Kenmerk kenmerk) {
    ApiPath first = ApiPath.of("/zaken")
        .param("bronorganisatie", bronorganisatie)
        .param("zaaktype", zaaktypeUrl)
        .param("startdatum", startdatum);
    return ZgwRequests.readAll(client, connection, first, Zaak.class, ZakenClient::crs).stream()
        .filter(zaak -> zaak.kenmerken() != null && zaak.kenmerken().contains(kenmerk))
        .toList();
  }

  /** Gives a zaak a status ({@code POST /statussen}, 201); the final status closes the zaak. */
  public Status createStatus(NieuweStatus status) {
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.post().uri("/statussen")
        .contentType(MediaType.APPLICATION_JSON)
        .body(status)
        .retrieve()
        .body(Status.class), connection));
  }

  /** The statussen of a zaak, oldest first ({@code GET /statussen?zaak=}). */
  public List<Status> statussen(String zaakUrl) {
    return ZgwRequests.readAll(client, connection, ApiPath.of("/statussen").param("zaak", zaakUrl), Status.class,
            headers -> { })
        .stream()
        .sorted(Comparator.comparing(status -> status.datumStatusGezet() == null
            ? Instant.MIN : status.datumStatusGezet().toInstant()))
        .toList();
  }

  /** Gives a zaak its result ({@code POST /resultaten}, 201); a zaak has at most one. */
  public Resultaat createResultaat(NieuwResultaat resultaat) {
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.post().uri("/resultaten")
        .contentType(MediaType.APPLICATION_JSON)
        .body(resultaat)
        .retrieve()
        .body(Resultaat.class), connection));
  }

  /** The result of a zaak, as a list of at most one ({@code GET /resultaten?zaak=}). */
  public List<Resultaat> resultaten(String zaakUrl) {
    return ZgwRequests.readAll(client, connection, ApiPath.of("/resultaten").param("zaak", zaakUrl), Resultaat.class,
        headers -> { });
  }

  /**
   * Links a document to a zaak ({@code POST /zaakinformatieobjecten}). Looks first: a document that
   * is already linked (by an earlier attempt whose answer was lost) is not linked twice.
   */
  public ZaakInformatieObject koppelInformatieobject(String zaakUrl, String informatieobjectUrl, String titel) {
    for (ZaakInformatieObject existing : informatieobjecten(zaakUrl)) {
      if (informatieobjectUrl.equals(existing.informatieobject())) {
        return existing;
      }
    }
    NieuwZaakInformatieObject link = new NieuwZaakInformatieObject(zaakUrl, informatieobjectUrl, titel);
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.post().uri("/zaakinformatieobjecten")
        .contentType(MediaType.APPLICATION_JSON)
        .body(link)
        .retrieve()
        .body(ZaakInformatieObject.class), connection));
  }

  /** The documents linked to a zaak ({@code GET /zaakinformatieobjecten?zaak=}). */
  public List<ZaakInformatieObject> informatieobjecten(String zaakUrl) {
    return ZgwRequests.readAll(client, connection, ApiPath.of("/zaakinformatieobjecten").param("zaak", zaakUrl),
        ZaakInformatieObject.class, headers -> { });
  }

  private static void crs(HttpHeaders headers) {
    headers.set("Accept-Crs", CRS);
    headers.set("Content-Crs", CRS);
  }
}
