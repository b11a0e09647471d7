package nl.werkstroom.simulator.zgw;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Ends a simulator request with a ZGW error answer; {@link ZgwProblemHandler} writes it as
 * {@code application/problem+json}. The factory methods give the codes and titles that Open Zaak
 * answers with.
 */
public class ZgwProblemException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final String title;
  private final String detail;
  private final String typeName;
  private final List<ZgwProblem.InvalidParam> invalidParams;

  public ZgwProblemException(HttpStatus status, String typeName, String code, String title, String detail,
      List<ZgwProblem.InvalidParam> invalidParams) {
    super(title + (detail == null || detail.isBlank() ? "" : ": " + detail));
    this.status = status;
    this.typeName = typeName;
    this.code = code;
    this.title = title;
    this.detail = detail;
    this.invalidParams = invalidParams;
  }

  /** 400 with the invalid fields. */
  public static ZgwProblemException validation(List<ZgwProblem.InvalidParam> invalidParams) {
    return new ZgwProblemException(HttpStatus.BAD_REQUEST, "ValidationError", "invalid", "Ongeldige invoer.",
        "", List.copyOf(invalidParams));
  }

  /** 400 for one invalid field. */
  public static ZgwProblemException invalid(String name, String code, String reason) {
    return validation(List.of(new ZgwProblem.InvalidParam(name, code, reason)));
  }

  /** 403 without (usable) credentials: ZGW APIs answer 403, not 401, as Open Zaak does. */
  public static ZgwProblemException notAuthenticated() {
    return new ZgwProblemException(HttpStatus.FORBIDDEN, "NotAuthenticated", "not_authenticated",
        "Authenticatiegegevens zijn niet opgegeven.", "Authenticatiegegevens zijn niet opgegeven.", null);
  }

  /** 403: known client, but the token is not valid or the operation not allowed. */
  public static ZgwProblemException permissionDenied(String detail) {
    return new ZgwProblemException(HttpStatus.FORBIDDEN, "PermissionDenied", "permission_denied",
        "Je hebt geen toestemming om deze actie uit te voeren.", detail, null);
  }

  public static ZgwProblemException notFound() {
    return new ZgwProblemException(HttpStatus.NOT_FOUND, "NotFound", "not_found", "Niet gevonden.",
        "Niet gevonden.", null);
  }

  /** 412: a required header (e.g. {@code Accept-Crs}) is missing. */
  public static ZgwProblemException preconditionFailed(String detail) {
    return new ZgwProblemException(HttpStatus.PRECONDITION_FAILED, "PreconditionFailed", "precondition_failed",
        "Precondition failed", detail, null);
  }

  /** 406: e.g. a coordinate system other than EPSG:4326. */
  public static ZgwProblemException notAcceptable(String detail) {
    return new ZgwProblemException(HttpStatus.NOT_ACCEPTABLE, "NotAcceptable", "not_acceptable",
        "Kan niet voldoen aan de opgegeven Accept header.", detail, null);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  public String typeName() {
    return typeName;
  }

  public List<ZgwProblem.InvalidParam> invalidParams() {
    return invalidParams;
  }
}
