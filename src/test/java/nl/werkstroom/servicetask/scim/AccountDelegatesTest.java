package nl.werkstroom.servicetask.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.scim.ScimClient;
import nl.werkstroom.integration.scim.ScimGroupRef;
import nl.werkstroom.integration.scim.ScimUser;
import nl.werkstroom.support.ApplicationTest;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account tasks against the SCIM simulator, as the job executor runs them, retries included:
 * what the directory holds afterwards is what the process owner sees.
 */
@ApplicationTest
class AccountDelegatesTest {

  @Autowired
  ScimClient scim;

  @Test
  void creatingAnAccountTwiceGivesOneAccountWithItsGroupsOnce() throws Exception {
    String userName = unique("n.dekker");
    FakeExecution first = joiner("proces-" + userName, userName, "Medewerkers, Team Verkeer,Medewerkers");
    FakeExecution retry = joiner("proces-" + userName, userName, "Medewerkers, Team Verkeer");
    AccountAanmaken task = new AccountAanmaken(scim);

    task.execute(first.execution);
    task.execute(retry.execution);

    ScimUser account = scim.findUserByUserName(userName).orElseThrow();
    assertThat(first.variables.get("accountId")).isEqualTo(account.id()).isEqualTo(retry.variables.get("accountId"));
    assertThat(account.isActive()).isTrue();
    assertThat(account.externalId()).isEqualTo("proces-" + userName + ":Task_AccountAanmaken");
    assertThat(account.name().formatted()).isEqualTo("Noor Dekker");
    assertThat(account.emails()).extracting("value").containsExactly(userName + "@werkstroom.example");
    assertThat(account.groups()).extracting(ScimGroupRef::display).containsExactlyInAnyOrder("Medewerkers", "Team Verkeer");
    assertThat(scim.getGroup(account.groups().get(0).value()).members())
        .filteredOn(member -> member.value().equals(account.id())).hasSize(1);
  }

  @Test
  void aUserNameOfAnotherAccountIsTaken() throws Exception {
    AccountAanmaken task = new AccountAanmaken(scim);

    assertThatThrownBy(() -> task.execute(joiner("ander-proces", "s.visser", "").execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("GEBRUIKERSNAAM_BEZET");
          assertThat(e.getMessage()).doesNotContain("s.visser");
        });
    assertThat(scim.findUserByUserName("s.visser").orElseThrow().externalId()).isNull();
  }

  @Test
  void anUnknownGroupIsABusinessErrorBeforeAnythingIsCreated() {
    String userName = unique("t.brouwer");
    AccountAanmaken task = new AccountAanmaken(scim);

    assertThatThrownBy(() -> task.execute(joiner("proces-" + userName, userName, "Medewerkers, Team Onbekend").execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("GROEP_ONBEKEND");
          assertThat(e.getMessage()).contains("Team Onbekend");
        });
    assertThat(scim.findUserByUserName(userName)).isEmpty();
  }

  @Test
  void aMissingInputIsAFaultInTheModel() {
    FakeExecution execution = new FakeExecution("p", "Task_AccountAanmaken", Map.of("gebruikersnaam", "x"));

    assertThatThrownBy(() -> new AccountAanmaken(scim).execute(execution.execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("'voornaam'");
  }

  @Test
  void blockingAnAccountTwiceLeavesItBlocked() throws Exception {
    String userName = created("l.meijer");
    AccountBlokkeren task = new AccountBlokkeren(scim);

    task.execute(leaver(userName).execution);
    task.execute(leaver(userName).execution);

    assertThat(scim.findUserByUserName(userName).orElseThrow().isActive()).isFalse();
    assertThatThrownBy(() -> task.execute(leaver(unique("niemand")).execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo("ACCOUNT_ONBEKEND"));
  }

  @Test
  void deletingAnAccountTwiceIsFine() throws Exception {
    String userName = created("g.degroot");
    AccountVerwijderen task = new AccountVerwijderen(scim);

    task.execute(leaver(userName).execution);
    task.execute(leaver(userName).execution);

    assertThat(scim.findUserByUserName(userName)).isEmpty();
  }

  @Test
  void addingToAGroupTwiceMakesOneMembership() throws Exception {
    String userName = created("e.vandijk");
    GroepslidmaatschapToevoegen task = new GroepslidmaatschapToevoegen(scim);
    Map<String, Object> inputs = Map.of("gebruikersnaam", userName, "groep", "facilitair");

    task.execute(new FakeExecution("p", "Task_Groep", inputs).execution);
    task.execute(new FakeExecution("p", "Task_Groep", inputs).execution);

    assertThat(scim.findUserByUserName(userName).orElseThrow().groups()).extracting(ScimGroupRef::display)
        .containsExactlyInAnyOrder("Medewerkers", "Facilitair");
    assertThatThrownBy(() -> task.execute(new FakeExecution("p", "Task_Groep",
        Map.of("gebruikersnaam", userName, "groep", "Bestaat Niet")).execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo("GROEP_ONBEKEND"));
  }

  private String created(String name) throws Exception {
    String userName = unique(name);
    new AccountAanmaken(scim).execute(joiner("proces-" + userName, userName, "Medewerkers").execution);
    return userName;
  }

  private static FakeExecution joiner(String processInstanceId, String userName, String groups) {
    return new FakeExecution(processInstanceId, "Task_AccountAanmaken", Map.of(
        "gebruikersnaam", userName, "voornaam", "Noor", "achternaam", "Dekker",
        "email", userName + "@werkstroom.example", "groepen", groups));
  }

  private static FakeExecution leaver(String userName) {
    return new FakeExecution("uitdienst-" + userName, "Task_Account", Map.of("gebruikersnaam", userName));
  }

  private static String unique(String userName) {
    return userName + "." + UUID.randomUUID().toString().substring(0, 8);
  }
}
