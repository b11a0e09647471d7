package nl.werkstroom.integration.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.werkstroom.integration.http.BackendConnection;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The account directory over SCIM 2.0 (RFC 7644): Users and Groups, created, read, found by a
 * filter, changed with PATCH and deleted. Every request carries the bearer token and speaks
 * {@code application/scim+json}. A refusal (4xx) becomes a
 * {@link nl.werkstroom.integration.http.BackendRejectedException} with the SCIM error's
 * {@code detail}; a 5xx, time-out or unreadable answer a {@link BackendUnavailableException}.
 */
@Component
public class ScimClient {

  private static final Logger LOG = LoggerFactory.getLogger(ScimClient.class);
  private static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimSchemas.MEDIA_TYPE);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ParameterizedTypeReference<ScimListResponse<ScimUser>> USERS = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<ScimListResponse<ScimGroup>> GROUPS = new ParameterizedTypeReference<>() {
  };

  private final BackendConnection connection;
  private final RestClient http;

  public ScimClient(BackendHttp backendHttp, ScimProperties properties) {
    this.connection = properties.connection();
    this.http = backendHttp.client(connection)
        .defaultHeader(HttpHeaders.ACCEPT, ScimSchemas.MEDIA_TYPE + ", application/json;q=0.9")
        .requestInitializer(request -> request.getHeaders().setBearerAuth(properties.requireToken()))
        .build();
  }

  // Users

  /** POST /Users; the directory answers 201 with the account, its id and meta. */
  public ScimUser createUser(ScimUser user) {
    ScimUser created = call(() -> http.post()
        .uri(base -> base.pathSegment("Users").build())
        .contentType(SCIM_JSON)
        .body(user)
        .retrieve()
        .body(ScimUser.class));
    LOG.info("SCIM user {} created", created.id());
    return created;
  }

  /** GET /Users/{id}; an unknown id is a rejection with status 404. */
  public ScimUser getUser(String id) {
    return call(() -> http.get()
        .uri(base -> base.pathSegment("Users", id).build())
        .retrieve()
        .body(ScimUser.class));
  }

  /** GET /Users?filter=userName eq "..." (userName is unique and compared case-insensitively). */
  public Optional<ScimUser> findUserByUserName(String userName) {
    return single(findUsers(equalsFilter("userName", userName)), "account");
  }

  /** GET /Users?filter=externalId eq "..." (the id that Werkstroom gave the account). */
  public Optional<ScimUser> findUserByExternalId(String externalId) {
    return single(findUsers(equalsFilter("externalId", externalId)), "account");
  }

  private List<ScimUser> findUsers(String filter) {
    return call(() -> http.get()
        .uri(base -> query(base, "Users", filter, null))
        .retrieve()
        .body(USERS)).resourcesOrEmpty();
  }

  /** PATCH /Users/{id} with the given operations; returns the account as it is afterwards. */
  public ScimUser patchUser(String id, List<ScimPatchOperation> operations) {
    ResponseEntity<ScimUser> answer = call(() -> http.method(HttpMethod.PATCH)
        .uri(base -> base.pathSegment("Users", id).build())
        .contentType(SCIM_JSON)
        .body(ScimPatchOp.of(operations))
        .retrieve()
        .toEntity(ScimUser.class));
    // RFC 7644 section 3.5.2: 200 with the resource, or 204 without it.
    return answer.getBody() != null ? answer.getBody() : getUser(id);
  }

  /** Blocks the account ({@code active} false): it stays, with its history, but cannot log in. */
  public ScimUser deactivateUser(String id) {
    ScimUser user = patchUser(id, List.of(ScimPatchOperation.replace("active", false)));
    LOG.info("SCIM user {} deactivated", id);
    return user;
  }

  /** DELETE /Users/{id}; the directory answers 204. */
  public void deleteUser(String id) {
    delete("Users", id);
    LOG.info("SCIM user {} deleted", id);
  }

  // Groups

  public ScimGroup createGroup(ScimGroup group) {
    ScimGroup created = call(() -> http.post()
        .uri(base -> base.pathSegment("Groups").build())
        .contentType(SCIM_JSON)
        .body(group)
        .retrieve()
        .body(ScimGroup.class));
    LOG.info("SCIM group {} created", created.id());
    return created;
  }

  public ScimGroup getGroup(String id) {
    return call(() -> http.get()
        .uri(base -> base.pathSegment("Groups", id).build())
        .retrieve()
        .body(ScimGroup.class));
  }

  /**
   * GET /Groups?filter=displayName eq "..." without the member list (which for a group of all
   * employees is long). SCIM does not make display names unique: two groups with the name is an
   * error, because Werkstroom cannot tell which one is meant.
   */
  public Optional<ScimGroup> findGroupByDisplayName(String displayName) {
    List<ScimGroup> groups = call(() -> http.get()
        .uri(base -> query(base, "Groups", equalsFilter("displayName", displayName), "members"))
        .retrieve()
        .body(GROUPS)).resourcesOrEmpty();
    return single(groups, "groep");
  }

  /** Adds the user to the group (PATCH add members); adding a member twice changes nothing. */
  public void addMember(String groupId, String userId) {
    patchGroup(groupId, List.of(ScimPatchOperation.add("members", List.of(ScimMember.user(userId)))));
    LOG.info("SCIM user {} added to group {}", userId, groupId);
  }

  /** Removes the user from the group (PATCH remove members[value eq "..."]). */
  public void removeMember(String groupId, String userId) {
    patchGroup(groupId, List.of(ScimPatchOperation.remove("members[value eq " + jsonString(userId) + "]")));
    LOG.info("SCIM user {} removed from group {}", userId, groupId);
  }

  private void patchGroup(String id, List<ScimPatchOperation> operations) {
    call(() -> http.method(HttpMethod.PATCH)
        .uri(base -> base.pathSegment("Groups", id).build())
        .contentType(SCIM_JSON)
        .body(ScimPatchOp.of(operations))
        .retrieve()
        .toBodilessEntity());
  }

  public void deleteGroup(String id) {
    delete("Groups", id);
    LOG.info("SCIM group {} deleted", id);
  }

  // Plumbing

  private void delete(String collection, String id) {
    call(() -> http.delete()
        .uri(base -> base.pathSegment(collection, id).build())
        .retrieve()
        .toBodilessEntity());
  }

  private <T> T call(Supplier<T> call) {
    return BackendHttp.call(connection, call);
  }

  private <T> Optional<T> single(List<T> found, String what) {
    if (found.size() > 1) {
      throw new BackendUnavailableException(connection.system(), connection.system() + " vond meer dan één "
          + what + " bij dezelfde zoekvraag; Werkstroom kan niet kiezen. Laat het accountbeheer dit rechtzetten.", null);
    }
    return found.stream().findFirst();
  }

  /** {@code attribute eq "value"}, the value as a JSON string (RFC 7644 section 3.4.2.2). */
  static String equalsFilter(String attribute, String value) {
    return attribute + " eq " + jsonString(value);
  }

  private static String jsonString(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write a SCIM filter value", e);
    }
  }

  /**
   * The query string is encoded strictly by hand: a filter value may hold {@code +}, {@code &} or
   * {@code =}, which the URI template encoding would leave as they are.
   */
  private static URI query(UriBuilder base, String collection, String filter, String excludedAttributes) {
    String query = "filter=" + UriUtils.encode(filter, StandardCharsets.UTF_8)
        + (excludedAttributes == null ? "" : "&excludedAttributes=" + UriUtils.encode(excludedAttributes, StandardCharsets.UTF_8));
    return URI.create(base.pathSegment(collection).build() + "?" + query);
  }
}
