package nl.werkstroom.servicetask.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.werkstroom.deadline.DeadlineCalculator;
import nl.werkstroom.deadline.DeadlineProperties;
import nl.werkstroom.deadline.DutchHolidays;
import nl.werkstroom.engine.ModelConfigurationException;
import nl.werkstroom.integration.financien.Betaling;
import nl.werkstroom.integration.financien.BudgetOntoereikendException;
import nl.werkstroom.integration.financien.Crediteur;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.FinancienProperties;
import nl.werkstroom.integration.financien.NieuweBetaling;
import nl.werkstroom.integration.financien.NieuweReservering;
import nl.werkstroom.integration.financien.NieuweVerplichting;
import nl.werkstroom.integration.financien.NieuweVordering;
import nl.werkstroom.integration.financien.Reservering;
import nl.werkstroom.integration.financien.Verplichting;
import nl.werkstroom.integration.financien.Vordering;
import nl.werkstroom.integration.http.BackendRejectedException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FinancienDelegatesTest {

  private final FinancienClient financien = mock(FinancienClient.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final Administratie administratie = new Administratie(new FinancienProperties("/x", "t", Duration.ofSeconds(1),
      Duration.ofSeconds(1), Map.of("leiden", new FinancienProperties.Tenant("LEI01"))));

  private final DeadlineCalculator termijnen = new DeadlineCalculator(new DutchHolidays(
      new DeadlineProperties(ZoneId.of("Europe/Amsterdam"), List.of())));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

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

  @Test
  void releasesTheReservationAndReleasingAgainIsHarmless() {
    when(execution.getCurrentActivityId()).thenReturn("Task_ReserveringVrijgeven");
    when(execution.getVariable("reserveringId")).thenReturn("res-1");
    Reservering vrijgegeven = new Reservering("res-1", "SUB-SPORT", new BigDecimal("1250.50"), "ZAAK-2026-0042", null,
        Reservering.VRIJGEGEVEN, null);
    when(financien.geefVrij("LEI01", "res-1")).thenReturn(vrijgegeven);

    new ReserveringVrijgeven(financien, administratie).execute(execution);
    new ReserveringVrijgeven(financien, administratie).execute(execution);

    verify(financien, times(2)).geefVrij("LEI01", "res-1");
    verify(execution, never()).setVariableLocal(anyString(), any());
  }

  @Test
  void aCommittedReservationCannotBeReleasedAndStaysAnIncident() {
    when(execution.getVariable("reserveringId")).thenReturn("res-1");
    when(financien.geefVrij("LEI01", "res-1")).thenThrow(new BackendRejectedException("Financieel systeem", 409,
        "De reservering is al vastgelegd."));

    assertThatThrownBy(() -> new ReserveringVrijgeven(financien, administratie).execute(execution))
        .isExactlyInstanceOf(BackendRejectedException.class)
        .hasMessageContaining("De reservering is al vastgelegd.");
  }

  @Test
  void releasingWithoutAReservationIsAModellingError() {
    assertThatThrownBy(() -> new ReserveringVrijgeven(financien, administratie).execute(execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("mist de invoer 'reserveringId'");
    verify(financien, never()).geefVrij(anyString(), anyString());
  }

  @Test
  void raisesAReceivableDueSixAwbWeeksFromTodayWithTheZaakAsReference() {
    // Thursday 3 September 2026: six weeks later is Thursday 15 October, a working day.
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 9, 3).atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam"))
        .toInstant()));
    when(execution.getCurrentActivityId()).thenReturn("Task_TerugvorderingInstellen");
    when(execution.getVariable("debiteurNaam")).thenReturn("Sportclub De Sleutels");
    when(execution.getVariable("bedrag")).thenReturn(1000.0);
    when(execution.getVariable("omschrijving")).thenReturn("Terugvordering subsidie sport en bewegen");
    when(financien.stelVorderingIn(anyString(), any(), anyString())).thenReturn(vordering("vord-1"));

    new VorderingInstellen(financien, administratie, termijnen).execute(execution);

    verify(financien).stelVorderingIn("LEI01", new NieuweVordering("Sportclub De Sleutels", new BigDecimal("1000.00"),
        "Terugvordering subsidie sport en bewegen", "ZAAK-2026-0042", LocalDate.of(2026, 10, 15)),
        "pi-1:Task_TerugvorderingInstellen");
    verify(execution).setVariableLocal("vorderingId", "vord-1");
  }

  @Test
  void aGivenDueDateIsUsedAndADefaultOnAWeekendMovesToTheNextWorkingDay() {
    when(execution.getVariable("debiteurNaam")).thenReturn("Sportclub De Sleutels");
    when(execution.getVariable("bedrag")).thenReturn("250");
    when(execution.getVariable("omschrijving")).thenReturn("Terugvordering");
    when(financien.stelVorderingIn(anyString(), any(), anyString())).thenReturn(vordering("vord-2"));
    // Saturday 5 September 2026: six weeks later is a Saturday, so the period ends on Monday 19 October.
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 9, 5).atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam"))
        .toInstant()));

    new VorderingInstellen(financien, administratie, termijnen).execute(execution);
    when(execution.getVariable("vervaldatum")).thenReturn("2026-12-01");
    new VorderingInstellen(financien, administratie, termijnen).execute(execution);

    verify(financien).stelVorderingIn(eq("LEI01"), eq(new NieuweVordering("Sportclub De Sleutels",
        new BigDecimal("250.00"), "Terugvordering", "ZAAK-2026-0042", LocalDate.of(2026, 10, 19))), anyString());
    verify(financien).stelVorderingIn(eq("LEI01"), eq(new NieuweVordering("Sportclub De Sleutels",
        new BigDecimal("250.00"), "Terugvordering", "ZAAK-2026-0042", LocalDate.of(2026, 12, 1))), anyString());
  }

  @Test
  void aReceivableWithoutDebtorOrWithABadAmountIsAModellingError() {
    when(execution.getVariable("bedrag")).thenReturn("1000");
    when(execution.getVariable("omschrijving")).thenReturn("Terugvordering");
    assertThatThrownBy(() -> new VorderingInstellen(financien, administratie, termijnen).execute(execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("mist de invoer 'debiteurNaam'");
    when(execution.getVariable("debiteurNaam")).thenReturn("Sportclub De Sleutels");
    when(execution.getVariable("bedrag")).thenReturn(0.0);
    assertThatThrownBy(() -> new VorderingInstellen(financien, administratie, termijnen).execute(execution))
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("invoer 'bedrag' is geen bedrag");
    verify(financien, never()).stelVorderingIn(anyString(), any(), anyString());
  }

  private static Vordering vordering(String id) {
    return new Vordering(id, "Sportclub De Sleutels", BigDecimal.TEN, "Terugvordering", "ZAAK-2026-0042",
        LocalDate.of(2026, 10, 15), Vordering.OPEN, null);
  }
}
