package nl.werkstroom.simulator.financien;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The finance simulator: {@code werkstroom.simulators.financien.*}. The bearer tokens it accepts
 * and the budgets it creates at start when they are missing (one list for all administraties).
 */
@Validated
@ConditionalOnProperty("werkstroom.simulators.enabled")
@ConfigurationProperties("werkstroom.simulators.financien")
public record FinancienSimulatorProperties(
    @DefaultValue List<String> tokens,
    @DefaultValue @Valid List<SeedBudget> budgets) {

  /** A budget of the demo: created with this ceiling when its administratie has no such budget yet. */
  public record SeedBudget(
      @NotBlank String administratie,
      @NotBlank String budgetcode,
      @NotBlank String omschrijving,
      @NotNull @PositiveOrZero BigDecimal plafond) {
  }
}
