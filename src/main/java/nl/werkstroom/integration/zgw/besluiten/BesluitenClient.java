package nl.werkstroom.integration.zgw.besluiten;

import java.util.List;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.zgw.ZgwProperties;
import nl.werkstroom.integration.zgw.ZgwRequests;
import nl.werkstroom.integration.zgw.ZgwRequests.ApiPath;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The VNG Besluiten API 1.0 ({@code /besluiten}, {@code /besluitinformatieobjecten}): register a
 * besluit, read it, find it by its identificatie, and record in which document it is laid down.
 * Every request carries a fresh ZGW JWT. A refusal (4xx) becomes a
 * {@link nl.werkstroom.integration.http.BackendRejectedException} with the API's explanation; a 5xx,
 * a time-out or an unreadable answer a retryable
 * {@link nl.werkstroom.integration.http.BackendUnavailableException}.
 */
@Component
public class BesluitenClient {

  static final String BESLUITEN = "/besluiten";
  static final String BESLUITINFORMATIEOBJECTEN = "/besluitinformatieobjecten";

  private final BackendConnection connection;
  private final RestClient client;

  public BesluitenClient(BackendHttp http, ZgwProperties zgw) {
    this.connection = zgw.besluiten();
    this.client = ZgwRequests.client(http, connection, zgw);
  }

  /** Registers a besluit; the API answers 201 with the new besluit and its (generated) identificatie. */
  public Besluit create(NieuwBesluit besluit) {
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.post()
        .uri(BESLUITEN)
        .contentType(MediaType.APPLICATION_JSON)
        .body(besluit)
        .retrieve()
        .body(Besluit.class), connection));
  }

  /** The besluit at {@code url}, a URL that this Besluiten API handed out. */
  public Besluit get(String url) {
    ApiPath path = ZgwRequests.within(connection, url);
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.get()
        .uri(path::applyTo)
        .retrieve()
        .body(Besluit.class), connection));
  }

  /**
   * The besluiten of one organisation with this identificatie: none, or one (the API keeps an
   * identificatie unique per verantwoordelijke organisatie).
   */
  public List<Besluit> findByIdentificatie(String verantwoordelijkeOrganisatie, String identificatie) {
    ApiPath path = ApiPath.of(BESLUITEN)
        .param("verantwoordelijkeOrganisatie", verantwoordelijkeOrganisatie)
        .param("identificatie", identificatie);
    return ZgwRequests.readAll(client, connection, path, Besluit.class, headers -> {
    });
  }

  /**
   * Records that the besluit at {@code besluitUrl} is laid down in the document at
   * {@code informatieobjectUrl} ({@code POST /besluitinformatieobjecten}). Looks first: a document that
   * is already linked (by an earlier attempt whose answer was lost) is not linked twice.
   */
  public BesluitInformatieObject koppelInformatieobject(String besluitUrl, String informatieobjectUrl) {
    for (BesluitInformatieObject existing : informatieobjecten(besluitUrl)) {
      if (informatieobjectUrl.equals(existing.informatieobject())) {
        return existing;
      }
    }
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.post()
        .uri(BESLUITINFORMATIEOBJECTEN)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new NieuwBesluitInformatieObject(informatieobjectUrl, besluitUrl))
        .retrieve()
        .body(BesluitInformatieObject.class), connection));
  }

  /** The documents in which the besluit at {@code besluitUrl} is laid down. */
  public List<BesluitInformatieObject> informatieobjecten(String besluitUrl) {
    ApiPath path = ApiPath.of(BESLUITINFORMATIEOBJECTEN).param("besluit", besluitUrl);
    return ZgwRequests.readAll(client, connection, path, BesluitInformatieObject.class, headers -> {
    });
  }
}
