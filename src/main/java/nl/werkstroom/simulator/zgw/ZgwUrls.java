package nl.werkstroom.simulator.zgw;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * URLs of the ZGW simulators' resources. The simulators keep references by uuid and write absolute
 * URLs at answer time, from the address the client used (as Open Zaak does), so that stored data
 * survives a change of host or port. Parsing accepts any host: the path identifies the resource.
 */
public final class ZgwUrls {

  public static final String ZAKEN_API = "/simulator/zgw/zaken/api/v1";
  public static final String CATALOGI_API = "/simulator/zgw/catalogi/api/v1";
  public static final String DOCUMENTEN_API = "/simulator/zgw/documenten/api/v1";
  public static final String BESLUITEN_API = "/simulator/zgw/besluiten/api/v1";

  private static final Pattern UUID_PATTERN =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ZgwUrls() {
  }

  /** The absolute URL of a resource, e.g. {@code resource(ZAKEN_API, "zaken", uuid)}; null for a null uuid. */
  public static String resource(String api, String collection, String uuid) {
    if (uuid == null) {
      return null;
    }
    return ServletUriComponentsBuilder.fromCurrentContextPath().path(api).pathSegment(collection, uuid)
        .build().toUriString();
  }

  /**
   * The uuid in a resource URL of the given API and collection, or empty when the URL is not one:
   * another path, another collection, no uuid, or not a URL at all.
   */
  public static Optional<String> uuid(String url, String api, String collection) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String path;
    try {
      URI uri = URI.create(url.trim());
      if (!uri.isAbsolute() || uri.getRawPath() == null) {
        return Optional.empty();
      }
      path = uri.getRawPath();
    } catch (IllegalArgumentException notAUrl) {
      return Optional.empty();
    }
    String prefix = api + "/" + collection + "/";
    int at = path.indexOf(prefix);
    if (at < 0) {
      return Optional.empty();
    }
    String rest = path.substring(at + prefix.length());
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    if (!UUID_PATTERN.matcher(rest).matches()) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(rest).toString());
  }

  /** Whether a text is an absolute http(s) URL (as URL fields of the ZGW APIs require). */
  public static boolean isAbsoluteHttpUrl(String value) {
    if (value == null || value.isBlank() || value.length() > 1000) {
      return false;
    }
    try {
      URI uri = URI.create(value.trim());
      return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A uuid from a path variable, or 404 when it is not one. */
  public static String pathUuid(String value) {
    if (value == null || !UUID_PATTERN.matcher(value).matches()) {
      throw ZgwProblemException.notFound();
    }
    return UUID.fromString(value).toString();
  }
}
