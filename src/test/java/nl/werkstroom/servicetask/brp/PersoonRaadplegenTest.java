package nl.werkstroom.servicetask.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.notNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkstroom.integration.brp.BrpClient;
import nl.werkstroom.integration.brp.BrpProperties;
import nl.werkstroom.integration.brp.Persoon;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.integration.http.LocalServer;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class PersoonRaadplegenTest {

  private final BrpClient brp = mock(BrpClient.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void setsOnlyTheFourNamedOutputsAndAsksTheBrpForNothingMore() {
    when(execution.getVariable("bsn")).thenReturn("999993653");
    when(brp.raadpleeg("999993653", PersoonRaadplegen.FIELDS)).thenReturn(Optional.of(persoon("Jan Pieter de Vries", 45, "Leiden", null)));

    new PersoonRaadplegen(brp).execute(execution);

    verify(execution).setVariableLocal("persoonNaam", "Jan Pieter de Vries");
    verify(execution).setVariableLocal("persoonLeeftijd", 45);
    verify(execution).setVariableLocal("persoonWoonplaats", "Leiden");
    verify(execution).setVariableLocal("persoonOverleden", false);
    verify(execution, never()).setVariable(anyString(), any());
    assertThat(PersoonRaadplegen.FIELDS)
        .containsExactly("naam.volledigeNaam", "leeftijd", "verblijfplaats.verblijfadres.woonplaats", "overlijden.datum");
  }

  @Test
  void aDeceasedPersonIsReportedAsSuch() {
    when(execution.getVariable("bsn")).thenReturn("999992077");
    when(brp.raadpleeg("999992077", PersoonRaadplegen.FIELDS))
        .thenReturn(Optional.of(persoon("Hendrika Wilhelmina van Dijk", null, "Leiden", LocalDate.of(2023, 3, 14))));

    new PersoonRaadplegen(brp).execute(execution);

    verify(execution).setVariableLocal("persoonOverleden", true);
    verify(execution).setVariableLocal("persoonLeeftijd", null);
  }

  @Test
  void aBsnKeptAsANumberGetsItsLeadingZerosBack() {
    when(execution.getVariable("bsn")).thenReturn(9921L);
    when(brp.raadpleeg("000009921", PersoonRaadplegen.FIELDS)).thenReturn(Optional.of(persoon("A. Test", 30, "Leiden", null)));

    new PersoonRaadplegen(brp).execute(execution);

    verify(execution).setVariableLocal("persoonNaam", "A. Test");
  }

  @Test
  void anUnknownPersonIsTheBpmnErrorPersoonOnbekendWithoutTheBsn() {
    when(execution.getVariable("bsn")).thenReturn("999994086");
    when(brp.raadpleeg("999994086", PersoonRaadplegen.FIELDS)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> new PersoonRaadplegen(brp).execute(execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("PERSOON_ONBEKEND");
          assertThat(e.getMessage()).doesNotContain("999994086");
        });
    // Only cleared, so the template's output mapping still resolves when the error is caught.
    verify(execution).setVariableLocal("persoonNaam", null);
    verify(execution).setVariableLocal("persoonLeeftijd", null);
    verify(execution).setVariableLocal("persoonWoonplaats", null);
    verify(execution).setVariableLocal("persoonOverleden", null);
    verify(execution, never()).setVariableLocal(anyString(), notNull());
  }

  @Test
  void anInvalidBsnIsTheBpmnErrorBsnOngeldigBeforeTheBrpIsAsked() {
    // A real client: it refuses the BSN itself, so nothing reaches the (unreachable) URL.
    BrpClient client = new BrpClient(new BackendHttp(new LocalServer()),
        new BrpProperties("http://localhost:9/brp", "sleutel", Duration.ofMillis(200), Duration.ofMillis(200)));
    when(execution.getVariable("bsn")).thenReturn("123456789");

    assertThatThrownBy(() -> new PersoonRaadplegen(client).execute(execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("BSN_ONGELDIG");
          assertThat(e.getMessage()).contains("elfproef").doesNotContain("123456789");
        });
  }

  @Test
  void aBrpThatDoesNotAnswerIsLeftToTheJobExecutorsRetries() {
    when(execution.getVariable("bsn")).thenReturn("999993653");
    when(brp.raadpleeg(anyString(), anyList())).thenThrow(new BackendUnavailableException("BRP (Haal Centraal Personen)",
        "BRP (Haal Centraal Personen) gaf een fout (HTTP 503). Werkstroom probeert het opnieuw.", null));

    assertThatThrownBy(() -> new PersoonRaadplegen(brp).execute(execution))
        .isInstanceOf(BackendUnavailableException.class);
  }

  private static Persoon persoon(String naam, Integer leeftijd, String woonplaats, LocalDate overleden) {
    return new Persoon(null,
        new Persoon.Naam(null, null, null, null, null, naam, null),
        null,
        leeftijd,
        null,
        overleden == null ? null : new Persoon.Overlijden(new Persoon.Datum("Datum", overleden, null, null, null, null), null, null),
        new Persoon.Verblijfplaats("Adres",
            new Persoon.Verblijfadres(null, null, null, null, null, null, woonplaats, null, null, null, null, null),
            null, null, null, null),
        null, null, null, null);
  }
}
