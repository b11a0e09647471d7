package nl.werkstroom.simulator.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.scim.ScimClient;
import nl.werkstroom.integration.scim.ScimGroup;
import nl.werkstroom.integration.scim.ScimGroupRef;
import nl.werkstroom.integration.scim.ScimName;
import nl.werkstroom.integration.scim.ScimPatchOperation;
import nl.werkstroom.integration.scim.ScimUser;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The SCIM simulator as Werkstroom's client and a provisioning tool meet it over HTTP. */
@ApplicationTest
class ScimSimulatorTest {

  private static final String TOKEN = "demo-token-van-werkstroom-voor-de-scim-simulator";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ScimClient scim;

  @LocalServerPort
  int port;

  @Test
  void anAccountIsCreatedFoundChangedBlockedAndDeleted() {
    String userName = unique("m.jansen");
    ScimUser created = scim.createUser(ScimUser.create("test:" + userName, userName, ScimName.of("Marieke", "Jansen"),
        userName + "@werkstroom.example"));

    assertThat(created.id()).isNotBlank();
    assertThat(created.isActive()).isTrue();
    assertThat(created.meta().resourceType()).isEqualTo("User");
    assertThat(created.meta().location()).isEqualTo("http://localhost:" + port + "/simulator/scim/v2/Users/" + created.id());
    assertThat(created.meta().version()).isEqualTo("W/\"1\"");
    assertThat(scim.getUser(created.id()).emails()).extracting("value").containsExactly(userName + "@werkstroom.example");
    assertThat(scim.findUserByUserName(userName.toUpperCase())).get().extracting(ScimUser::id).isEqualTo(created.id());
    assertThat(scim.findUserByExternalId("test:" + userName)).get().extracting(ScimUser::id).isEqualTo(created.id());
    assertThat(scim.findUserByExternalId("TEST:" + userName)).as("externalId is case-exact").isEmpty();

    ScimUser renamed = scim.patchUser(created.id(), List.of(ScimPatchOperation.replace("name.familyName", "Jansen-Bakker"),
        ScimPatchOperation.replace("displayName", "Marieke Jansen-Bakker")));
    assertThat(renamed.name().familyName()).isEqualTo("Jansen-Bakker");
    assertThat(renamed.name().givenName()).isEqualTo("Marieke");
    assertThat(renamed.meta().version()).isEqualTo("W/\"2\"");

    ScimGroup team = scim.findGroupByDisplayName("Team Subsidies").orElseThrow();
    scim.addMember(team.id(), created.id());
    scim.addMember(team.id(), created.id());
    assertThat(scim.getUser(created.id()).groups()).extracting(ScimGroupRef::display).containsExactly("Team Subsidies");
    assertThat(scim.getGroup(team.id()).members()).filteredOn(member -> member.value().equals(created.id()))
        .singleElement().satisfies(member -> {
          assertThat(member.display()).isEqualTo("Marieke Jansen-Bakker");
          assertThat(member.type()).isEqualTo("User");
        });

    assertThat(scim.deactivateUser(created.id()).isActive()).isFalse();
    assertThat(scim.getUser(created.id()).isActive()).isFalse();

    scim.removeMember(team.id(), created.id());
    assertThat(scim.getUser(created.id()).groups()).isEmpty();
    scim.addMember(team.id(), created.id());

    scim.deleteUser(created.id());
    assertThatThrownBy(() -> scim.getUser(created.id()))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.isNotFound()).isTrue())
        .hasMessageContaining("Resource " + created.id() + " not found");
    assertThat(scim.findUserByUserName(userName)).isEmpty();
    assertThat(scim.getGroup(team.id()).members()).noneMatch(member -> member.value().equals(created.id()));
  }

  @Test
  void aUserNameIsUniqueWhateverItsCase() {
    String userName = unique("d.smit");
    scim.createUser(ScimUser.create(null, userName, ScimName.of("Daan", "Smit"), null));

    assertThatThrownBy(() -> scim.createUser(ScimUser.create(null, userName.toUpperCase(), ScimName.of("Daan", "Smit"), null)))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> assertThat(e.status()).isEqualTo(409))
        .hasMessageContaining("userName must be unique");

    Answer raw = raw(HttpMethod.POST, "/Users", TOKEN, Map.of(
        "schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:User"), "userName", userName));
    assertThat(raw.status()).isEqualTo(409);
    assertThat(raw.contentType()).startsWith("application/scim+json");
    assertThat(raw.json().path("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(raw.json().path("status").asText()).isEqualTo("409");
    assertThat(raw.json().path("scimType").asText()).isEqualTo("uniqueness");
    assertThat(raw.body()).doesNotContain(userName);
  }

  @Test
  void anUnsupportedFilterIsABadRequest() {
    for (String filter : List.of("name.familyName eq \"Visser\"", "userName co \"visser\"", "userName eq visser",
        "userName eq \"a\" or userName eq \"b\"")) {
      Answer answer = raw(HttpMethod.GET, "/Users?filter={filter}", TOKEN, null, filter);
      assertThat(answer.status()).as(filter).isEqualTo(400);
      assertThat(answer.json().path("scimType").asText()).as(filter).isEqualTo("invalidFilter");
    }
    assertThat(raw(HttpMethod.GET, "/Groups?filter={filter}", TOKEN, null, "userName eq \"s.visser\"").status())
        .as("userName is not an attribute of Groups").isEqualTo(400);
  }

  @Test
  void withoutTheRightBearerTokenNothingIsAnswered() {
    for (String token : new String[] {null, "verkeerd-token"}) {
      Answer answer = raw(HttpMethod.GET, "/Users?filter={filter}", token, null, "userName eq \"s.visser\"");
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
      assertThat(answer.json().path("status").asText()).isEqualTo("401");
      assertThat(answer.json().path("detail").asText()).contains("authorization header is invalid or missing");
      assertThat(answer.body()).doesNotContain("Visser");
    }
    assertThat(raw(HttpMethod.POST, "/Users", null, Map.of("userName", "x")).status()).isEqualTo(401);
  }

  @Test
  void anUnknownResourceIsNotFound() {
    Answer answer = raw(HttpMethod.GET, "/Groups/bestaat-niet", TOKEN, null);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().path("detail").asText()).isEqualTo("Resource bestaat-niet not found");
    assertThat(raw(HttpMethod.DELETE, "/Users/bestaat-niet", TOKEN, null).status()).isEqualTo(404);
  }

  @Test
  void aPatchIsCheckedAgainstTheSchemaAndTheVersion() {
    String userName = unique("y.demir");
    ScimUser user = scim.createUser(ScimUser.create(null, userName, ScimName.of("Yusuf", "Demir"), null));

    Answer readOnly = raw(HttpMethod.PATCH, "/Users/" + user.id(), TOKEN, patch("replace", "groups", List.of()));
    assertThat(readOnly.status()).isEqualTo(400);
    assertThat(readOnly.json().path("scimType").asText()).isEqualTo("mutability");

    Answer unknown = raw(HttpMethod.PATCH, "/Users/" + user.id(), TOKEN, patch("replace", "schoenmaat", "44"));
    assertThat(unknown.json().path("scimType").asText()).isEqualTo("invalidPath");

    Answer notBoolean = raw(HttpMethod.PATCH, "/Users/" + user.id(), TOKEN, patch("replace", "active", "misschien"));
    assertThat(notBoolean.json().path("scimType").asText()).isEqualTo("invalidValue");

    Answer noPatchOp = raw(HttpMethod.PATCH, "/Users/" + user.id(), TOKEN, Map.of("Operations", List.of()));
    assertThat(noPatchOp.json().path("scimType").asText()).isEqualTo("invalidSyntax");

    Answer current = raw(HttpMethod.GET, "/Users/" + user.id(), TOKEN, null);
    assertThat(current.headers().getETag()).isEqualTo("W/\"1\"").isEqualTo(current.json().path("meta").path("version").asText());

    // Azure-style capitalised op and string boolean, with a current If-Match.
    Answer blocked = rawIfMatch(HttpMethod.PATCH, "/Users/" + user.id(), TOKEN, patch("Replace", "active", "False"), "W/\"1\"");
    assertThat(blocked.status()).isEqualTo(200);
    assertThat(blocked.json().path("active").asBoolean(true)).isFalse();
    assertThat(blocked.headers().getETag()).isEqualTo("W/\"2\"");

    Answer stale = rawIfMatch(HttpMethod.PATCH, "/Users/" + user.id(), TOKEN, patch("replace", "active", true), "W/\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(scim.getUser(user.id()).isActive()).as("a refused patch changes nothing").isFalse();
  }

  @Test
  void theDirectoryHasTheDepartmentsAndSomeAccounts() {
    for (String group : ScimSeedData.GROUPS) {
      assertThat(scim.findGroupByDisplayName(group)).as(group).isPresent();
    }
    ScimUser sanne = scim.findUserByUserName("s.visser").orElseThrow();
    assertThat(sanne.name().formatted()).isEqualTo("Sanne Visser");
    assertThat(sanne.groups()).extracting(ScimGroupRef::display).containsExactlyInAnyOrder("Medewerkers", "Team Subsidies");
    assertThat(scim.findUserByUserName("b.dejong").orElseThrow().isActive()).as("a former employee").isFalse();
    assertThat(scim.findGroupByDisplayName("Bestaat Niet")).isEmpty();

    Answer config = raw(HttpMethod.GET, "/ServiceProviderConfig", TOKEN, null);
    assertThat(config.json().path("patch").path("supported").asBoolean()).isTrue();
    assertThat(config.json().path("etag").path("supported").asBoolean()).isTrue();
  }

  private static Map<String, Object> patch(String op, String path, Object value) {
    return Map.of("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
        "Operations", List.of(Map.of("op", op, "path", path, "value", value)));
  }

  private static String unique(String userName) {
    return userName + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  private Answer raw(HttpMethod method, String path, String token, Object body, Object... uriVariables) {
    return rawIfMatch(method, path, token, body, null, uriVariables);
  }

  private Answer rawIfMatch(HttpMethod method, String path, String token, Object body, String ifMatch, Object... uriVariables) {
    RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port + "/simulator/scim/v2")
        .method(method).uri(path, uriVariables);
    if (token != null) {
      request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    if (body != null) {
      request.contentType(MediaType.parseMediaType("application/scim+json")).body(body);
    }
    return request.exchange((req, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  private record Answer(int status, HttpHeaders headers, String body) {

    String contentType() {
      return String.valueOf(headers.getContentType());
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }
  }
}
