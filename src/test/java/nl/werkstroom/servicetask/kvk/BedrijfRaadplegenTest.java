package nl.werkstroom.servicetask.kvk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.notNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.BackendRejectedException;
import nl.werkstroom.integration.http.LocalServer;
import nl.werkstroom.integration.kvk.Basisprofiel;
import nl.werkstroom.integration.kvk.KvkClient;
import nl.werkstroom.integration.kvk.KvkProperties;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class BedrijfRaadplegenTest {

  private final KvkClient kvk = mock(KvkClient.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void setsNameRechtsvormRsinAndWhetherTheCompanyIsActive() {
    when(execution.getVariable("kvkNummer")).thenReturn("68750110");
    when(kvk.basisprofiel("68750110")).thenReturn(Optional.of(profiel("Test BV Donald", null, "857587973", "Besloten Vennootschap")));

    new BedrijfRaadplegen(kvk).execute(execution);

    verify(execution).setVariableLocal("bedrijfNaam", "Test BV Donald");
    verify(execution).setVariableLocal("bedrijfRechtsvorm", "Besloten Vennootschap");
    verify(execution).setVariableLocal("bedrijfActief", true);
    verify(execution).setVariableLocal("bedrijfRsin", "857587973");
    verify(execution, never()).setVariable(anyString(), any());
  }

  @Test
  void anEndedCompanyIsNotActiveAndAnEenmanszaakHasNoRsin() {
    when(execution.getVariable("kvkNummer")).thenReturn("85531277");
    when(kvk.basisprofiel("85531277")).thenReturn(Optional.of(profiel("Bakkerij Van der Plas", "20221231", null, "Eenmanszaak")));

    new BedrijfRaadplegen(kvk).execute(execution);

    verify(execution).setVariableLocal("bedrijfActief", false);
    verify(execution).setVariableLocal("bedrijfRsin", null);
    verify(execution).setVariableLocal("bedrijfRechtsvorm", "Eenmanszaak");
  }

  @Test
  void aNumberKeptAsANumberGetsItsLeadingZeroBack() {
    when(execution.getVariable("kvkNummer")).thenReturn(1234567);
    when(kvk.basisprofiel("01234567")).thenReturn(Optional.of(profiel("Oud Bedrijf", null, null, "Eenmanszaak")));

    new BedrijfRaadplegen(kvk).execute(execution);

    verify(execution).setVariableLocal("bedrijfNaam", "Oud Bedrijf");
  }

  @Test
  void anUnknownNumberIsTheBpmnErrorBedrijfOnbekend() {
    when(execution.getVariable("kvkNummer")).thenReturn("12345678");
    when(kvk.basisprofiel("12345678")).thenReturn(Optional.empty());

    assertThatThrownBy(() -> new BedrijfRaadplegen(kvk).execute(execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("BEDRIJF_ONBEKEND");
          assertThat(e.getMessage()).as("a KvK number can be personal data (eenmanszaak)").doesNotContain("12345678");
        });
    // Only cleared, so the template's output mapping still resolves when the error is caught.
    verify(execution).setVariableLocal("bedrijfNaam", null);
    verify(execution).setVariableLocal("bedrijfRechtsvorm", null);
    verify(execution).setVariableLocal("bedrijfActief", null);
    verify(execution).setVariableLocal("bedrijfRsin", null);
    verify(execution, never()).setVariableLocal(anyString(), notNull());
  }

  @Test
  void aNumberThatIsNotEightDigitsIsTheBpmnErrorKvkNummerOngeldig() {
    KvkClient client = new KvkClient(new BackendHttp(new LocalServer()),
        new KvkProperties("http://localhost:9/kvk", "sleutel", Duration.ofMillis(200), Duration.ofMillis(200)));
    when(execution.getVariable("kvkNummer")).thenReturn("1234-567");

    assertThatThrownBy(() -> new BedrijfRaadplegen(client).execute(execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo("KVK_NUMMER_ONGELDIG"));
  }

  @Test
  void aRefusalOtherThanNotFoundBecomesAnIncidentNotABpmnError() {
    when(execution.getVariable("kvkNummer")).thenReturn("68750110");
    when(kvk.basisprofiel("68750110")).thenThrow(new BackendRejectedException("KVK Handelsregister (Basisprofiel)", 401, "Geen geldige API-key."));

    assertThatThrownBy(() -> new BedrijfRaadplegen(kvk).execute(execution))
        .isInstanceOf(BackendRejectedException.class)
        .hasMessageContaining("Geen geldige API-key.");
  }

  private static Basisprofiel profiel(String naam, String datumEinde, String rsin, String rechtsvorm) {
    return new Basisprofiel("00000000", "Nee", naam, "20170519",
        new Basisprofiel.MaterieleRegistratie("20170519", datumEinde), 1, null, null, null, null,
        new Basisprofiel.Embedded(null, new Basisprofiel.Eigenaar(rsin, rechtsvorm, rechtsvorm, null, null, null)));
  }
}
