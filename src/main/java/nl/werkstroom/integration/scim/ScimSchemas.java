package nl.werkstroom.integration.scim;

/** The schema URIs of RFC 7643 (resources) and RFC 7644 (protocol messages). */
public final class ScimSchemas {

  public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
  /** The media type of RFC 7644 section 8.1. */
  public static final String MEDIA_TYPE = "application/scim+json";

  private ScimSchemas() {
  }
}
