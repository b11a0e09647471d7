package nl.werkstroom.simulator.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import nl.werkstroom.integration.scim.ScimSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The directory of the demo organisation, created at start when missing: a group per department
 * and a few existing accounts (one of them blocked, a former employee), so that joiner and leaver
 * processes meet a directory that is not empty. Run again, it adds only what is missing.
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
class ScimSeedData implements ApplicationRunner {

  static final List<String> GROUPS = List.of("Medewerkers", "Team Subsidies", "Team Verkeer", "Team Klantcontact",
      "HR", "ICT-servicedesk", "Facilitair");

  private static final Logger LOG = LoggerFactory.getLogger(ScimSeedData.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** userName, givenName, familyName, active, groups. */
  private static final List<Account> ACCOUNTS = List.of(
      new Account("s.visser", "Sanne", "Visser", true, List.of("Medewerkers", "Team Subsidies")),
      new Account("r.deboer", "Ruud", "de Boer", true, List.of("Medewerkers", "Team Verkeer")),
      new Account("f.elamrani", "Fatima", "El Amrani", true, List.of("Medewerkers", "Team Klantcontact")),
      new Account("a.bos", "Anouk", "Bos", true, List.of("Medewerkers", "HR")),
      new Account("k.vos", "Kevin", "Vos", true, List.of("Medewerkers", "ICT-servicedesk")),
      new Account("i.peters", "Ingrid", "Peters", true, List.of("Medewerkers", "Facilitair")),
      new Account("b.dejong", "Bram", "de Jong", false, List.of()));

  private final ScimDirectory directory;

  ScimSeedData(ScimDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    for (String group : GROUPS) {
      if (directory.find(ScimResourceType.GROUP, filter("displayName", group)).isEmpty()) {
        ObjectNode body = NODES.objectNode();
        body.putArray("schemas").add(ScimSchemas.GROUP);
        body.put("displayName", group);
        directory.create(ScimResourceType.GROUP, body);
        created++;
      }
    }
    for (Account account : ACCOUNTS) {
      if (directory.find(ScimResourceType.USER, filter("userName", account.userName())).isEmpty()) {
        ObjectNode user = directory.create(ScimResourceType.USER, account.toScim());
        for (String group : account.groups()) {
          ObjectNode stored = directory.find(ScimResourceType.GROUP, filter("displayName", group)).get(0);
          ObjectNode patch = NODES.objectNode();
          patch.putArray("schemas").add(ScimSchemas.PATCH_OP);
          ObjectNode add = patch.putArray("Operations").addObject().put("op", "add").put("path", "members");
          add.putArray("value").addObject().put("value", user.path("id").asText());
          directory.patch(ScimResourceType.GROUP, stored.path("id").asText(), patch, null);
        }
        created++;
      }
    }
    if (created > 0) {
      LOG.info("SCIM simulator: {} demo groups and accounts created", created);
    }
  }

  private static String filter(String attribute, String value) {
    return attribute + " eq \"" + value + "\"";
  }

  private record Account(String userName, String givenName, String familyName, boolean active, List<String> groups) {

    ObjectNode toScim() {
      ObjectNode user = NODES.objectNode();
      user.putArray("schemas").add(ScimSchemas.USER);
      user.put("userName", userName);
      user.putObject("name")
          .put("formatted", givenName + " " + familyName)
          .put("familyName", familyName)
          .put("givenName", givenName);
      user.put("displayName", givenName + " " + familyName);
      ArrayNode emails = user.putArray("emails");
      emails.addObject()
          .put("value", userName.toLowerCase(Locale.ROOT) + "@werkstroom.example")
          .put("type", "work")
          .put("primary", true);
      user.put("active", active);
      return user;
    }
  }
}
