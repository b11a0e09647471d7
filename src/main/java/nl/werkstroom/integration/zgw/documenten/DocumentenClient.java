package nl.werkstroom.integration.zgw.documenten;

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
 * The VNG Documenten API 1.4 ({@code /enkelvoudiginformatieobjecten}): store a document, read it, find
 * it by its identificatie and download its file. Every request carries a fresh ZGW JWT. A refusal
 * (4xx) becomes a {@link nl.werkstroom.integration.http.BackendRejectedException} with the API's
 * explanation; a 5xx, a time-out or an unreadable answer a retryable
 * {@link nl.werkstroom.integration.http.BackendUnavailableException}.
 */
@Component
public class DocumentenClient {

  static final String COLLECTION = "/enkelvoudiginformatieobjecten";

  private final BackendConnection connection;
  private final RestClient client;

  public DocumentenClient(BackendHttp http, ZgwProperties zgw) {
    this.connection = zgw.documenten();
    this.client = ZgwRequests.client(http, connection, zgw);
  }

  /** Stores a document with its file (base64 in {@code inhoud}); the API answers 201 with the new document. */
  public EnkelvoudigInformatieObject create(NieuwInformatieObject document) {
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.post()
        .uri(COLLECTION)
        .contentType(MediaType.APPLICATION_JSON)
        .body(document)
        .retrieve()
        .body(EnkelvoudigInformatieObject.class), connection));
  }

  /** The document at {@code url}, a URL that this Documenten API handed out. */
  public EnkelvoudigInformatieObject get(String url) {
    ApiPath path = ZgwRequests.within(connection, url);
    return BackendHttp.call(connection, () -> ZgwRequests.required(client.get()
        .uri(path::applyTo)
        .retrieve()
        .body(EnkelvoudigInformatieObject.class), connection));
  }

  /**
   * The documents of one organisation with this identificatie: none, or one (the API keeps an
   * identificatie unique per bronorganisatie).
   */
  public List<EnkelvoudigInformatieObject> findByIdentificatie(String bronorganisatie, String identificatie) {
    ApiPath path = ApiPath.of(COLLECTION).param("bronorganisatie", bronorganisatie).param("identificatie", identificatie);
    return ZgwRequests.readAll(client, connection, path, EnkelvoudigInformatieObject.class, headers -> {
    });
  }

  /**
   * The file of the document at {@code url} ({@code GET {url}/download}), as the bytes that were
   * stored. {@code url} may also be the download URL itself, as the document's {@code inhoud} gives it.
   */
  public byte[] download(String url) {
    String document = withoutQuery(url);
    ApiPath path = ZgwRequests.within(connection, document.endsWith("/download") ? document : document + "/download");
    return BackendHttp.call(connection, () -> {
      byte[] content = client.get()
          .uri(path::applyTo)
          .accept(MediaType.ALL)
          .retrieve()
          .body(byte[].class);
      return content == null ? new byte[0] : content;
    });
  }

  private static String withoutQuery(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("Geen URL van een document opgegeven.");
    }
    String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
