package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.werkstroom.api.ApiFout;
import nl.werkstroom.api.Veldfout;
import nl.werkstroom.integration.financien.Budget;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.FinancienProperties;
import nl.werkstroom.integration.http.BackendUnavailableException;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RangschikkingTest {

  private static final Regeling CULTUUR = new Regeling("cultuur", "Subsidieregeling cultuur", "ASV Leiden",
      LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), "SUB-CULTUUR", new BigDecimal("150000.00"),
      new BigDecimal("60000.00"), Verdeling.RANGSCHIKKING, 13, 2, 90, 13, 8);

  private final FinancienClient financien = mock(FinancienClient.class);
  private final Rangschikking rangschikking = new Rangschikking(financien, new FinancienProperties(
      "/simulator/financien/api/v1", null, Duration.ofSeconds(5), Duration.ofSeconds(30),
      Map.of("leiden", new FinancienProperties.Tenant("LEI01"))));

  private final List<Rangschikking.Kandidaat> wachtend = List.of(
      kandidaat("ZAAK-1", "40000.00"), kandidaat("ZAAK-2", "50000.00"), kandidaat("ZAAK-3", "30000.00"),
      kandidaat("ZAAK-4", "5000.00"));

  @Test
  void fromTheTopDownRequestsFitWhileTheCumulativeAmountFitsTheAvailableBudget() {
    budgetBeschikbaar("100000.00");

    Rangschikking.Uitkomst uitkomst = rangschikking.bepaal("leiden", CULTUUR,
        List.of("ZAAK-2", "ZAAK-1", "ZAAK-3", "ZAAK-4"), wachtend);

    assertThat(uitkomst.beschikbaar()).isEqualByComparingTo("100000.00");
    assertThat(uitkomst.plaatsen()).extracting(Rangschikking.Plaats::zaakidentificatie)
        .containsExactly("ZAAK-2", "ZAAK-1", "ZAAK-3", "ZAAK-4");
    assertThat(uitkomst.plaatsen()).extracting(Rangschikking.Plaats::rangnummer).containsExactly(1, 2, 3, 4);
    // 50,000 + 40,000 fit; with 30,000 the ceiling is passed, and the small request after it does not jump the queue.
    assertThat(uitkomst.plaatsen()).extracting(Rangschikking.Plaats::binnenPlafond)
        .containsExactly(true, true, false, false);
  }

  @Test
  void exactlyTheAvailableAmountStillFits() {
    budgetBeschikbaar("120000.00");

    Rangschikking.Uitkomst uitkomst = rangschikking.bepaal("leiden", CULTUUR,
        List.of("ZAAK-1", "ZAAK-2", "ZAAK-3", "ZAAK-4"), wachtend);

    assertThat(uitkomst.plaatsen()).extracting(Rangschikking.Plaats::binnenPlafond)
        .containsExactly(true, true, true, false);
  }

  @Test
  void everyWaitingRequestIsRankedOnceAndNothingElse() {
    budgetBeschikbaar("100000.00");

    assertThatThrownBy(() -> rangschikking.bepaal("leiden", CULTUUR,
        List.of("ZAAK-2", "ZAAK-2", "ZAAK-9", "ZAAK-1"), wachtend))
        .isInstanceOfSatisfying(ApiFout.class, fout -> {
          assertThat(fout.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(fout.antwoord().fouten()).extracting(Veldfout::veld)
              .containsExactly("volgorde[1]", "volgorde[2]", "volgorde");
          assertThat(fout.antwoord().fouten().get(2).melding()).contains("ZAAK-3, ZAAK-4");
        });
  }

  @Test
  void withoutTheFinanceSystemNothingIsRanked() {
    when(financien.budget("LEI01", "SUB-CULTUUR"))
        .thenThrow(new BackendUnavailableException("Financieel systeem", "time-out", null));

    assertThatThrownBy(() -> rangschikking.bepaal("leiden", CULTUUR,
        List.of("ZAAK-1", "ZAAK-2", "ZAAK-3", "ZAAK-4"), wachtend))
        .isInstanceOfSatisfying(ApiFout.class, fout -> {
          assertThat(fout.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
          assertThat(fout.getMessage()).contains("Er is niets vastgesteld");
        });
  }

  private void budgetBeschikbaar(String bedrag) {
    when(financien.budget("LEI01", "SUB-CULTUUR")).thenReturn(new Budget("LEI01", "SUB-CULTUUR", "Cultuur",
        new BigDecimal("150000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(bedrag)));
  }

  private static Rangschikking.Kandidaat kandidaat(String zaak, String bedrag) {
    return new Rangschikking.Kandidaat(zaak, "pi-" + zaak, new BigDecimal(bedrag));
  }
}
