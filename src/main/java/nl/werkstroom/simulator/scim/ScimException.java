package nl.werkstroom.simulator.scim;

import org.springframework.http.HttpStatus;

/**
 * A SCIM error (RFC 7644 section 3.12): the HTTP status, the {@code scimType} where the RFC defines
 * one for the status (400 and 409), and a {@code detail} that names no personal data.
 */
class ScimException extends RuntimeException {

  private final HttpStatus status;
  private final String scimType;

  ScimException(HttpStatus status, String scimType, String detail) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }

  static ScimException notFound(String id) {
    return new ScimException(HttpStatus.NOT_FOUND, null, "Resource " + id + " not found");
  }

  static ScimException badRequest(String scimType, String detail) {
    return new ScimException(HttpStatus.BAD_REQUEST, scimType, detail);
  }

  HttpStatus status() {
    return status;
  }

  String scimType() {
    return scimType;
  }
}
