package nl.werkstroom.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.werkstroom.dashboard.Antwoorden.BudgetRij;
import nl.werkstroom.integration.financien.FinancienClient;
import nl.werkstroom.integration.financien.FinancienProperties;
import nl.werkstroom.integration.http.BackendHttp;
import nl.werkstroom.integration.http.LocalServer;
import nl.werkstroom.subsidie.Regelingen;
import nl.werkstroom.subsidie.SubsidieProperties.Regeling;
import nl.werkstroom.subsidie.Verdeling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The budget table against a finance system that answers, refuses or fails: a failure is a row with a reason, never an error page. */
class BudgetCijfersTest {

  @RegisterExtension
  static WireMockExtension financien = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();

  private static final String SPORT = "/api/v1/administraties/LEI01/budgetten/SUB-SPORT";
  private static final Periode PERIODE = new Periode(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 25));

  private final Regelingen regelingen = mock(Regelingen.class);
  private final BudgetCijfers budgetten = new BudgetCijfers(regelingen,
      new FinancienProperties(financien.baseUrl() + "/api/v1", "token", Duration.ofSeconds(5), Duration.ofSeconds(5),
          Map.of("leiden", new FinancienProperties.Tenant("LEI01"))),
      new FinancienClient(new BackendHttp(new LocalServer()),
          new FinancienProperties(financien.baseUrl() + "/api/v1", "token", Duration.ofSeconds(5),
              Duration.ofSeconds(5), Map.of())));

  BudgetCijfersTest() {
    when(regelingen.van("leiden")).thenReturn(List.of(regeling("sport-en-bewegen", "SUB-SPORT")));
    when(regelingen.van("oegstgeest")).thenReturn(List.of(regeling("duurzame-initiatieven", "SUB-DUURZAAM")));
  }

  @Test
  void amountsFromTheFinanceSystemAgainstThePublishedCeiling() {
    financien.stubFor(get(SPORT).willReturn(okJson("""
        {"administratie": "LEI01", "budgetcode": "SUB-SPORT", "omschrijving": "Sport 2026", "plafond": "250000.00",
         "gereserveerd": "10000.00", "vastgelegd": "40000.00", "betaald": "12500.00", "beschikbaar": "187500.00"}""")));

    BudgetRij rij = budgetten.budgetten(new Filter(List.of("leiden"), null, PERIODE)).get(0);

    assertThat(rij.regelingNaam()).isEqualTo("Subsidieregeling sport-en-bewegen");
    assertThat(rij.plafond()).isEqualByComparingTo("250000.00");
    assertThat(rij.beschikbaar()).isEqualByComparingTo("187500.00");
    assertThat(rij.benutPercentage()).isEqualByComparingTo("25.0");
    assertThat(rij.fout()).isNull();
  }

  @Test
  void aFailingFinanceSystemGivesTheSchemeAndCeilingWithAReason() {
    financien.stubFor(get(SPORT).willReturn(aResponse().withStatus(503)));

    BudgetRij rij = budgetten.budgetten(new Filter(List.of("leiden"), null, PERIODE)).get(0);

    assertThat(rij.regeling()).isEqualTo("sport-en-bewegen");
    assertThat(rij.plafond()).isEqualByComparingTo("250000.00");
    assertThat(rij.beschikbaar()).isNull();
    assertThat(rij.benutPercentage()).isNull();
    assertThat(rij.fout()).isEqualTo(BudgetCijfers.NIET_BEREIKBAAR);
  }

  @Test
  void anUnknownBudgetAndAMissingAdministratieAreNamed() {
    financien.stubFor(get(SPORT).willReturn(aResponse().withStatus(404)));

    List<BudgetRij> rijen = budgetten.budgetten(new Filter(List.of("leiden", "oegstgeest"), null, PERIODE));

    assertThat(rijen).extracting(BudgetRij::fout).containsExactly(
        "Het financieel systeem kent budget SUB-SPORT niet in administratie LEI01.",
        BudgetCijfers.GEEN_ADMINISTRATIE);
  }

  @Test
  void otherProcessesSpendNoBudget() {
    assertThat(budgetten.budgetten(new Filter(List.of("leiden"), "contactverzoek", PERIODE))).isEmpty();
  }

  private static Regeling regeling(String code, String budgetcode) {
    return new Regeling(code, "Subsidieregeling " + code, "Testgrondslag", LocalDate.of(2026, 1, 1),
        LocalDate.of(2030, 12, 31), budgetcode, new BigDecimal("250000.00"), new BigDecimal("25000.00"),
        Verdeling.VOLGORDE_VAN_BINNENKOMST, 8, 2, 0, 13, 8);
  }
}
