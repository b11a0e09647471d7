package nl.werkstroom.servicetask.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.algoritmeregister.Algoritme;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeSamenvatting;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeregisterClient;
import nl.werkstroom.integration.algoritmeregister.AlgoritmeregisterProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AlgoritmeregisterDelegatesTest {

  private final AlgoritmeregisterClient register = mock(AlgoritmeregisterClient.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final Organisatie organisatie = new Organisatie(new AlgoritmeregisterProperties("/x", "/t", "c", "s", null,
      null, true, Duration.ofSeconds(1), Duration.ofSeconds(1),
      Map.of("leiden", new AlgoritmeregisterProperties.Tenant("gm0546", "Gemeente Leiden", "algoritmes@leiden.nl"))));

  @BeforeEach
  void eenProcesVanLeiden() {
    when(execution.getTenantId()).thenReturn("leiden");
    when(execution.getProcessInstanceId()).thenReturn("pi-9");
    when(execution.getCurrentActivityId()).thenReturn("Task_Publiceren");
    when(execution.getProcessBusinessKey()).thenReturn("ZAAK-2026-0099");
    when(execution.getVariable("naam")).thenReturn("Beoordelen subsidieaanvragen");
    when(execution.getVariable("korteOmschrijving")).thenReturn("Helpt bij het beoordelen van aanvragen.");
    when(execution.getVariable("publicatiecategorie")).thenReturn("A");
    when(execution.getVariable("thema")).thenReturn("Sociale zekerheid, Werk");
  }

  @Test
  void aNewAlgorithmIsCreatedInTheStandardsTermsAndPublished() {
    when(register.zoekOpBronId("gm0546", "ZAAK-2026-0099")).thenReturn(Optional.empty());
    when(register.maakAan(eq("gm0546"), any())).thenReturn("12345678");
    when(register.geefVrijEnPubliceer("gm0546", "12345678")).thenReturn(true);

    new AlgoritmePubliceren(register, organisatie).execute(execution);

    ArgumentCaptor<Algoritme> beschrijving = ArgumentCaptor.forClass(Algoritme.class);
    verify(register).maakAan(eq("gm0546"), beschrijving.capture());
    assertThat(beschrijving.getValue().publicationCategory()).isEqualTo("Hoog-risico AI-systeem");
    assertThat(beschrijving.getValue().organization()).isEqualTo("Gemeente Leiden");
    assertThat(beschrijving.getValue().contactEmail()).isEqualTo("algoritmes@leiden.nl");
    assertThat(beschrijving.getValue().status()).isEqualTo("In gebruik");
    assertThat(beschrijving.getValue().category()).containsExactly("Sociale zekerheid", "Werk");
    assertThat(beschrijving.getValue().sourceId()).isEqualTo("ZAAK-2026-0099");
    assertThat(beschrijving.getValue().lang()).isEqualTo("nld");
    verify(execution).setVariableLocal("algoritmeId", "12345678");
    verify(execution).setVariableLocal("algoritmeStatus", "gepubliceerd");
  }

  @Test
  void aRetryFindsTheEarlierRegistrationAndNeverCreatesASecond() {
    when(register.zoekOpBronId("gm0546", "ZAAK-2026-0099")).thenReturn(Optional.of(
        new AlgoritmeSamenvatting("Beoordelen subsidieaanvragen", "1.0", null, "12345678", "ZAAK-2026-0099", false,
            true, false)));
    when(register.geefVrijEnPubliceer("gm0546", "12345678")).thenReturn(false);

    new AlgoritmePubliceren(register, organisatie).execute(execution);

    verify(register, never()).maakAan(anyString(), any());
    verify(register).werkBij(eq("gm0546"), eq("12345678"), any());
    verify(execution).setVariableLocal("algoritmeStatus", "vrijgegeven");
  }

  @Test
  void anUnknownCategoryIsAModellingError() {
    when(execution.getVariable("publicatiecategorie")).thenReturn("D");

    assertThatThrownBy(() -> new AlgoritmePubliceren(register, organisatie).execute(execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("publicatiecategorie 'D' bestaat niet");
  }

  @Test
  void retiringPublishesBuitenGebruikWithTheMonthOfTheEndDate() {
    when(execution.getVariable("algoritmeId")).thenReturn("12345678");
    when(execution.getVariable("einddatum")).thenReturn("2026-06-15");
    Algoritme huidig = new Algoritme("Beoordelen", "Kort", "Gemeente Leiden", List.of(), "In gebruik", "2024-01", null,
        "algoritmes@leiden.nl", null, "Impactvolle algoritmes", null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, "nld", "1.0", "ZAAK-1", null, "12345678", "2025-01-01T00:00:00Z");
    when(register.haalOp("gm0546", "12345678")).thenReturn(huidig);
    when(register.geefVrijEnPubliceer("gm0546", "12345678")).thenReturn(true);

    new AlgoritmeBuitenGebruik(register, organisatie).execute(execution);

    ArgumentCaptor<Algoritme> nieuw = ArgumentCaptor.forClass(Algoritme.class);
    verify(register).werkBij(eq("gm0546"), eq("12345678"), nieuw.capture());
    assertThat(nieuw.getValue().status()).isEqualTo("Buiten gebruik");
    assertThat(nieuw.getValue().endDate()).isEqualTo("2026-06");
    assertThat(nieuw.getValue().beginDate()).isEqualTo("2024-01");
    assertThat(nieuw.getValue().publicationDt()).isNull();
    verify(execution).setVariableLocal("algoritmeStatus", "gepubliceerd");
  }
}
