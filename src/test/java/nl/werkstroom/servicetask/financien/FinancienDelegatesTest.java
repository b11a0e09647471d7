package nl.werkstroom.servicetask.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.financien.Betaling;
import nl.werkstroom.integration.financien.BudgetOntoereikendException;
import nl.werkstroom.integration.financien.Crediteur;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.FinancienProperties;
import nl.werkstroom.integration.financien.NieuweBetaling;
import nl.werkstroom.integration.financien.NieuweReservering;
import nl.werkstroom.integration.financien.NieuweVerplichting;
import nl.werkstroom.integration.financien.Reservering;
import nl.werkstroom.integration.financien.Verplichting;
import nl.werkstroom.integration.http.BackendRejectedException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FinancienDelegatesTest {

  private final FinancienClient financien = mock(FinancienClient.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final Administratie administratie = new Administratie(new FinancienProperties("/x", "t", Duration.ofSeconds(1),
      Duration.ofSeconds(1), Map.of("leiden", new FinancienProperties.Tenant("LEI01"))));

  @BeforeEach
  void eenProcesVanLeiden() {
    when(execution.getTenantId()).thenReturn("leiden");
    when(execution.getProcessInstanceId()).thenReturn("pi-1");
    when(execution.getCurrentActivityId()).thenReturn("Task_BudgetReserveren");
    when(execution.getCurrentActivityName()).thenReturn("Budget reserveren");
    when(execution.getProcessBusinessKey()).thenReturn("ZAAK-2026-0042");
  }

  private static Reservering reservering(String id) {
    return new Reservering(id, "SUB-SPORT", new BigDecimal("1250.50"), "ZAAK-2026-0042", null, "gereserveerd", null);
  }

  @Test
  void reservesInTheMunicipalitysAdministratieWithTheTasksKeyAndTheZaakAsReference() {
    when(execution.getVariable("budgetcode")).thenReturn("SUB-SPORT");
    when(execution.getVariable("bedrag")).thenReturn(1250.5);
    when(execution.getVariable("omschrijving")).thenReturn("Sportclub");
    when(financien.reserveer(anyString(), anyString(), any(), anyString())).thenReturn(reservering("res-1"));

    new BudgetReserveren(financien, administratie).execute(execution);

    verify(financien).reserveer("LEI01", "SUB-SPORT",
        new NieuweReservering(new BigDecimal("1250.50"), "ZAAK-2026-0042", "Sportclub"), "pi-1:Task_BudgetReserveren");
    verify(execution).setVariableLocal("reserveringId", "res-1");
  }

  @Test
  void anExhaustedBudgetIsTheBpmnErrorBudgetOntoereikend() {
    when(execution.getVariable("budgetcode")).thenReturn("SUB-SPORT");
    when(execution.getVariable("bedrag")).thenReturn("5000");
    when(financien.reserveer(anyString(), anyString(), any(), anyString()))
        .thenThrow(new BudgetOntoereikendException("Financieel systeem", "Het budgetplafond is bereikt."));

    assertThatThrownBy(() -> new BudgetReserveren(financien, administratie).execute(execution))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo(BudgetReserveren.BUDGET_ONTOEREIKEND);
          assertThat(e.getMessage()).contains("SUB-SPORT").contains("Het budgetplafond is bereikt.");
        });
  }

  @Test
  void otherRefusalsStayIncidents() {
    when(execution.getVariable("budgetcode")).thenReturn("ONBEKEND");
    when(execution.getVariable("bedrag")).thenReturn("10");
    when(financien.reserveer(anyString(), anyString(), any(), anyString()))
        .thenThrow(new BackendRejectedException("Financieel systeem", 404, "Budget ONBEKEND bestaat niet."));

    assertThatThrownBy(() -> new BudgetReserveren(financien, administratie).execute(execution))
        .isExactlyInstanceOf(BackendRejectedException.class);
  }

  @Test
  void aMultiInstanceTaskGetsAKeyPerLoop() {
    when(execution.getVariable("budgetcode")).thenReturn("SUB-SPORT");
    when(execution.getVariable("bedrag")).thenReturn(new BigDecimal("10"));
    when(execution.getVariable("loopCounter")).thenReturn(3);
    when(financien.reserveer(anyString(), anyString(), any(), anyString())).thenReturn(reservering("res-3"));

    new BudgetReserveren(financien, administratie).execute(execution);

    verify(financien).reserveer(eq("LEI01"), eq("SUB-SPORT"), any(), eq("pi-1:Task_BudgetReserveren:3"));
  }

  @Test
  void aBadAmountOrAMissingSettingIsAModellingErrorNamingTheTask() {
    when(execution.getVariable("budgetcode")).thenReturn("SUB-SPORT");
    for (Object bedrag : new Object[] {"veel", "-5", "10.005", 0}) {
      when(execution.getVariable("bedrag")).thenReturn(bedrag);
      assertThatThrownBy(() -> new BudgetReserveren(financien, administratie).execute(execution))
          .isInstanceOf(ModelConfigurationException.class)
          .hasMessageContaining("Taak 'Budget reserveren': invoer 'bedrag' is geen bedrag");
    }
    when(execution.getVariable("bedrag")).thenReturn("12,50");
    when(execution.getTenantId()).thenReturn("zoeterwoude");
    assertThatThrownBy(() -> new BudgetReserveren(financien, administratie).execute(execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("werkstroom.integration.financien.tenants.zoeterwoude.administratie");
    when(execution.getTenantId()).thenReturn("leiden");
    when(execution.getVariable("budgetcode")).thenReturn(null);
    assertThatThrownBy(() -> new BudgetReserveren(financien, administratie).execute(execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("mist de invoer 'budgetcode'");
    verify(financien, never()).reserveer(anyString(), anyString(), any(), anyString());
  }

  @Test
  void aCommitmentGoesToTheCreditor() {
    when(execution.getCurrentActivityId()).thenReturn("Task_Vastleggen");
    when(execution.getVariable("reserveringId")).thenReturn("res-1");
    when(execution.getVariable("bedrag")).thenReturn("1000");
    when(execution.getVariable("crediteurNaam")).thenReturn("Sportclub De Sleutels");
    when(execution.getVariable("iban")).thenReturn("NL91ABNA0417164300");
    when(financien.legVast(anyString(), any(), anyString())).thenReturn(verplichting("verpl-1"));

    new VerplichtingAangaan(financien, administratie).execute(execution);

    verify(financien).legVast("LEI01", new NieuweVerplichting("res-1", new BigDecimal("1000.00"),
        new Crediteur("Sportclub De Sleutels", "NL91ABNA0417164300")), "pi-1:Task_Vastleggen");
    verify(execution).setVariableLocal("verplichtingId", "verpl-1");
  }

  @Test
  void aPaymentAgainstACommitment() {
    when(execution.getCurrentActivityId()).thenReturn("Task_Betalen");
    when(execution.getVariable("verplichtingId")).thenReturn("verpl-1");
    when(execution.getVariable("bedrag")).thenReturn(1000);
    when(execution.getVariable("iban")).thenReturn("NL91ABNA0417164300");
    when(execution.getVariable("omschrijving")).thenReturn("Subsidie ZAAK-2026-0042");
    when(execution.getVariable("betaaldatum")).thenReturn("2026-04-01");
    when(financien.betaal(anyString(), any(), anyString())).thenReturn(betaling("bet-1"));

    new BetalingInplannen(financien, administratie).execute(execution);

    verify(financien).betaal("LEI01", new NieuweBetaling("verpl-1", new BigDecimal("1000.00"), "NL91ABNA0417164300",
        "Subsidie ZAAK-2026-0042", LocalDate.of(2026, 4, 1)), "pi-1:Task_Betalen");
    verify(financien, never()).legVast(anyString(), any(), anyString());
    verify(execution).setVariableLocal("betalingId", "bet-1");
  }

  @Test
  void aPaymentFromAReservationCommitsFirstWithItsOwnKey() {
    when(execution.getCurrentActivityId()).thenReturn("Task_Betalen");
    when(execution.getVariable("reserveringId")).thenReturn("res-1");
    when(execution.getVariable("crediteurNaam")).thenReturn("Sportclub De Sleutels");
    when(execution.getVariable("bedrag")).thenReturn("750.00");
    when(execution.getVariable("iban")).thenReturn("NL91ABNA0417164300");
    when(financien.legVast(anyString(), any(), anyString())).thenReturn(verplichting("verpl-9"));
    when(financien.betaal(anyString(), any(), anyString())).thenReturn(betaling("bet-9"));

    new BetalingInplannen(financien, administratie).execute(execution);

    verify(financien).legVast("LEI01", new NieuweVerplichting("res-1", new BigDecimal("750.00"),
        new Crediteur("Sportclub De Sleutels", "NL91ABNA0417164300")), "pi-1:Task_Betalen:verplichting");
    verify(financien).betaal(eq("LEI01"), eq(new NieuweBetaling("verpl-9", new BigDecimal("750.00"),
        "NL91ABNA0417164300", null, null)), eq("pi-1:Task_Betalen"));
    verify(execution).setVariableLocal("verplichtingId", "verpl-9");
    verify(execution).setVariableLocal("betalingId", "bet-9");
  }

  @Test
  void aPaymentWithoutCommitmentOrReservationIsAModellingError() {
    when(execution.getVariable("bedrag")).thenReturn("750.00");
    when(execution.getVariable("iban")).thenReturn("NL91ABNA0417164300");

    assertThatThrownBy(() -> new BetalingInplannen(financien, administratie).execute(execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("mist zowel 'verplichtingId' als 'reserveringId'");
  }

  private static Verplichting verplichting(String id) {
    return new Verplichting(id, "res-1", "SUB-SPORT", BigDecimal.TEN, BigDecimal.ZERO, null, "vastgelegd", null);
  }

  private static Betaling betaling(String id) {
    return new Betaling(id, "verpl-1", BigDecimal.TEN, "NL91ABNA0417164300", null, null, "ingepland", null);
  }
}
