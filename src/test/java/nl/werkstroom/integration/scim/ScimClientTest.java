package nl.werkstroom.integration.scim;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.OffsetDateTime;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SCIM client against a stand-in directory: what it sends, and what it makes of each answer. */
class ScimClientTest {

  private static final String TOKEN = "test-token-voor-scim";
  private static final String SCIM_JSON = "application/scim+json";
  private static final String USER = """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "id": "2819c223-7f76-453a-919d-413861904646",
        "externalId": "proces-1:Task_AccountAanmaken",
        "userName": "j.devries",
        "name": {"formatted": "Joost de Vries", "familyName": "de Vries", "givenName": "Joost"},
        "displayName": "Joost de Vries",
        "emails": [{"value": "j.devries@werkstroom.example", "type": "work", "primary": true}],
        "active": true,
        "groups": [{"value": "e9e30dba-f08f-4109-8486-d5c6a331660a", "display": "Medewerkers", "type": "direct"}],
        "meta": {
          "resourceType": "User",
          "created": "2026-03-02T09:15:00.000Z",
          "lastModified": "2026-03-02T09:15:00.000Z",
          "location": "https://idm.example/scim/v2/Users/2819c223-7f76-453a-919d-413861904646",
          "version": "W/\\"1\\""
        },
        "unknownAttribute": "ignored"
      }
      """;

  // Without HTTP/2 over plain HTTP: the JDK client's h2c upgrade of a request with a body trips WireMock's Jetty.
  @RegisterExtension
  static WireMockExtension directory = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();

  private ScimClient client(String token) {
    return new ScimClient(new BackendHttp(new LocalServer()), new ScimProperties(directory.baseUrl() + "/scim/v2", token,
        Duration.ofSeconds(2), Duration.ofMillis(300)));
  }

  private ScimClient client() {
    return client(TOKEN);
  }

  @Test
  void createsAUserWithTheBearerTokenAndReadsTheCreatedAccount() {
    directory.stubFor(post("/scim/v2/Users").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", SCIM_JSON).withBody(USER)));

    ScimUser created = client().createUser(ScimUser.create("proces-1:Task_AccountAanmaken", "j.devries",
        ScimName.of("Joost", "de Vries"), "j.devries@werkstroom.example"));

    assertThat(created.id()).isEqualTo("2819c223-7f76-453a-919d-413861904646");
    assertThat(created.isActive()).isTrue();
    assertThat(created.isMemberOf("e9e30dba-f08f-4109-8486-d5c6a331660a")).isTrue();
    assertThat(created.meta().version()).isEqualTo("W/\"1\"");
    assertThat(created.meta().created()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:15:00Z"));
    directory.verify(postRequestedFor(urlPathEqualTo("/scim/v2/Users"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Content-Type", equalTo(SCIM_JSON))
        .withRequestBody(equalToJson("""
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
              "externalId": "proces-1:Task_AccountAanmaken",
              "userName": "j.devries",
              "name": {"formatted": "Joost de Vries", "familyName": "de Vries", "givenName": "Joost"},
              "displayName": "Joost de Vries",
              "emails": [{"value": "j.devries@werkstroom.example", "type": "work", "primary": true}],
              "active": true
            }
            """)));
  }

  @Test
  void findsAUserByUserNameWithAnEncodedFilter() {
    directory.stubFor(get(urlPathEqualTo("/scim/v2/Users"))
        .withQueryParam("filter", equalTo("userName eq \"j.devries+test&co\""))
        .willReturn(aResponse().withHeader("Content-Type", SCIM_JSON).withBody("""
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1,
             "startIndex": 1, "itemsPerPage": 1, "Resources": [%s]}""".formatted(USER))));

    assertThat(client().findUserByUserName("j.devries+test&co")).get().extracting(ScimUser::userName).isEqualTo("j.devries");
    directory.verify(getRequestedFor(urlPathEqualTo("/scim/v2/Users"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Accept", equalTo("application/scim+json, application/json;q=0.9")));
  }

  @Test
  void findsNothingInAnEmptyListResponse() {
    directory.stubFor(get(urlPathEqualTo("/scim/v2/Users"))
        .withQueryParam("filter", equalTo("externalId eq \"p:Task\""))
        .willReturn(aResponse().withHeader("Content-Type", SCIM_JSON).withBody("""
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 0, "Resources": []}""")));

    assertThat(client().findUserByExternalId("p:Task")).isEmpty();
  }

  @Test
  void findsAGroupByDisplayNameWithoutItsMembers() {
    directory.stubFor(get(urlPathEqualTo("/scim/v2/Groups"))
        .withQueryParam("filter", equalTo("displayName eq \"Team Subsidies\""))
        .withQueryParam("excludedAttributes", equalTo("members"))
        .willReturn(aResponse().withHeader("Content-Type", SCIM_JSON).withBody("""
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1,
             "Resources": [{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": "g-1",
                            "displayName": "Team Subsidies"}]}""")));

    assertThat(client().findGroupByDisplayName("Team Subsidies")).get().extracting(ScimGroup::id).isEqualTo("g-1");
  }

  @Test
  void aUserNameInUseIsARejectionWithTheDirectorysDetail() {
    directory.stubFor(post("/scim/v2/Users").willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", SCIM_JSON).withBody("""
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "409", "scimType": "uniqueness",
             "detail": "One or more of the attribute values are already in use or are reserved."}""")));

    assertThatThrownBy(() -> client().createUser(ScimUser.create("x", "j.devries", ScimName.of("Joost", "de Vries"), null)))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.isConflict()).isTrue();
          assertThat(e.getMessage()).isEqualTo("Accountbeheer (SCIM) weigerde het verzoek (HTTP 409): "
              + "One or more of the attribute values are already in use or are reserved.");
        });
  }

  @Test
  void anUnknownIdIsANotFoundRejection() {
    directory.stubFor(get("/scim/v2/Users/onbekend").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", SCIM_JSON).withBody("""
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "404",
             "detail": "Resource onbekend not found"}""")));

    assertThatThrownBy(() -> client().getUser("onbekend"))
        .isInstanceOfSatisfying(BackendRejectedException.class, e -> {
          assertThat(e.isNotFound()).isTrue();
          assertThat(e.getMessage()).contains("HTTP 404").contains("Resource onbekend not found");
        });
  }

  @Test
  void aServerErrorIsRetryable() {
    directory.stubFor(get("/scim/v2/Users/u-1").willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", SCIM_JSON).withBody("""
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "503", "detail": "Maintenance"}""")));

    assertThatThrownBy(() -> client().getUser("u-1"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessage("Accountbeheer (SCIM) gaf een fout (HTTP 503): Maintenance. Werkstroom probeert het opnieuw.");
  }

  @Test
  void aSlowDirectoryIsRetryable() {
    directory.stubFor(get("/scim/v2/Users/u-1").willReturn(aResponse().withFixedDelay(1500)
        .withHeader("Content-Type", SCIM_JSON).withBody(USER)));

    assertThatThrownBy(() -> client().getUser("u-1"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("niet bereikbaar of antwoordt niet");
  }

  @Test
  void anUnreadableAnswerIsRetryable() {
    directory.stubFor(get("/scim/v2/Users/u-1").willReturn(aResponse()
        .withHeader("Content-Type", SCIM_JSON).withBody("{\"id\": \"u-1\", \"active\": ")));

    assertThatThrownBy(() -> client().getUser("u-1"))
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("antwoord dat Werkstroom niet kan lezen");
  }

  @Test
  void deactivatesWithAPatchAndReadsTheAccountWhenThePatchAnswersWithoutBody() {
    directory.stubFor(patch(urlPathEqualTo("/scim/v2/Users/2819c223-7f76-453a-919d-413861904646"))
        .willReturn(aResponse().withStatus(204)));
    directory.stubFor(get("/scim/v2/Users/2819c223-7f76-453a-919d-413861904646").willReturn(aResponse()
        .withHeader("Content-Type", SCIM_JSON).withBody(USER.replace("\"active\": true", "\"active\": false"))));

    ScimUser user = client().deactivateUser("2819c223-7f76-453a-919d-413861904646");

    assertThat(user.isActive()).isFalse();
    directory.verify(patchRequestedFor(urlPathEqualTo("/scim/v2/Users/2819c223-7f76-453a-919d-413861904646"))
        .withHeader("Content-Type", equalTo(SCIM_JSON))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withRequestBody(equalToJson("""
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "replace", "path": "active", "value": false}]}""")));
  }

  @Test
  void addsAndRemovesGroupMembersWithPatch() {
    directory.stubFor(patch(urlPathEqualTo("/scim/v2/Groups/g-1")).willReturn(aResponse().withStatus(204)));

    client().addMember("g-1", "u-1");
    client().removeMember("g-1", "u-1");

    directory.verify(patchRequestedFor(urlPathEqualTo("/scim/v2/Groups/g-1")).withRequestBody(equalToJson("""
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations": [{"op": "add", "path": "members", "value": [{"value": "u-1", "type": "User"}]}]}""")));
    directory.verify(patchRequestedFor(urlPathEqualTo("/scim/v2/Groups/g-1"))
        .withRequestBody(matchingJsonPath("$.Operations[0].op", equalTo("remove")))
        .withRequestBody(matchingJsonPath("$.Operations[0].path", equalTo("members[value eq \"u-1\"]"))));
  }

  @Test
  void deletesAUser() {
    directory.stubFor(delete("/scim/v2/Users/u-1").willReturn(aResponse().withStatus(204)));

    client().deleteUser("u-1");

    directory.verify(deleteRequestedFor(urlPathEqualTo("/scim/v2/Users/u-1"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void withoutATokenNothingIsSent() {
    assertThatThrownBy(() -> client(" ").getUser("u-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("werkstroom.integration.scim.token");
    assertThat(directory.getAllServeEvents()).isEmpty();
  }
}
