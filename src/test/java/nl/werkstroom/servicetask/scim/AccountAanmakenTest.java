package nl.werkstroom.servicetask.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.scim.ScimClient;
import nl.werkstroom.integration.scim.ScimName;
import nl.werkstroom.integration.scim.ScimUser;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.junit.jupiter.api.Test;

/** The race between looking up and creating an account, which the simulator cannot stage on demand. */
class AccountAanmakenTest {

  private final ScimClient scim = mock(ScimClient.class);
  private final FakeExecution execution = new FakeExecution("p-1", "Task_AccountAanmaken", Map.of(
      "gebruikersnaam", "n.dekker", "voornaam", "Noor", "achternaam", "Dekker", "email", "n.dekker@werkstroom.example"));

  @Test
  void anAccountCreatedByAnEarlierAttemptMeanwhileIsTaken() {
    ScimUser ours = new ScimUser(List.of(), "u-1", "p-1:Task_AccountAanmaken", "n.dekker", ScimName.of("Noor", "Dekker"),
        null, null, true, List.of(), null);
    when(scim.findUserByExternalId("p-1:Task_AccountAanmaken")).thenReturn(Optional.empty(), Optional.of(ours));
    when(scim.findUserByUserName("n.dekker")).thenReturn(Optional.empty());
    when(scim.createUser(any())).thenThrow(new BackendRejectedException("Accountbeheer (SCIM)", 409, "uniqueness"));

    new AccountAanmaken(scim).execute(execution.execution);

    assertThat(execution.variables.get("accountId")).isEqualTo("u-1");
  }

  @Test
  void anAccountCreatedBySomeoneElseMeanwhileIsABusinessError() {
    when(scim.findUserByExternalId("p-1:Task_AccountAanmaken")).thenReturn(Optional.empty());
    when(scim.findUserByUserName("n.dekker")).thenReturn(Optional.empty());
    when(scim.createUser(any())).thenThrow(new BackendRejectedException("Accountbeheer (SCIM)", 409, "uniqueness"));

    assertThatThrownBy(() -> new AccountAanmaken(scim).execute(execution.execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo("GEBRUIKERSNAAM_BEZET"));
    assertThat(execution.variables.get("accountId")).as("cleared, so the output mapping resolves").isNull();
  }

  @Test
  void anyOtherRefusalIsNotABusinessError() {
    when(scim.findUserByExternalId("p-1:Task_AccountAanmaken")).thenReturn(Optional.empty());
    when(scim.findUserByUserName("n.dekker")).thenReturn(Optional.empty());
    when(scim.createUser(any())).thenThrow(new BackendRejectedException("Accountbeheer (SCIM)", 400, "invalidValue"));

    assertThatThrownBy(() -> new AccountAanmaken(scim).execute(execution.execution))
        .isInstanceOf(BackendRejectedException.class);
    verify(scim, never()).addMember(any(), any());
  }
}
