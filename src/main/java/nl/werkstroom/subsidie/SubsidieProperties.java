package nl.werkstroom.subsidie;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Subsidy schemes (regelingen) per municipality: {@code werkstroom.subsidie.*}. A scheme is
 * configuration, not code: a functional administrator changes it in the configuration file (or
 * environment) and restarts; nothing is rebuilt. Defaults follow the Awb and the VNG model-ASV.
 */
@Validated
@ConfigurationProperties("werkstroom.subsidie")
public record SubsidieProperties(
    @DefaultValue @Valid Map<String, Gemeente> gemeenten,
    @DefaultValue("14") @Min(1) @Max(60) int signaalDagenVoorBeslisdatum) {

  /** The schemes of one municipality and its accountability tiers. */
  public record Gemeente(
      @DefaultValue @Valid Verantwoording verantwoording,
      @DefaultValue @Valid List<Regeling> regelingen) {

    @AssertTrue(message = "elke regeling van een gemeente heeft een eigen code")
    public boolean isCodesUniek() {
      return regelingen.stream().map(Regeling::code).distinct().count() == regelingen.size();
    }
  }

  /**
   * Accountability by granted amount (VNG model-ASV): up to {@code ondergrens} granted and settled at
   * once; above it an activity report; above {@code bovengrens} also a financial statement with an
   * auditor's report (EUR 125,000 in the Rijk's framework, many municipalities use EUR 50,000).
   */
  public record Verantwoording(
      @DefaultValue("5000.00") @NotNull @DecimalMin("0.00") BigDecimal ondergrens,
      @DefaultValue("125000.00") @NotNull @DecimalMin("0.00") BigDecimal bovengrens) {

    @AssertTrue(message = "de bovengrens ligt niet onder de ondergrens")
    public boolean isGrenzenOplopend() {
      return ondergrens == null || bovengrens == null || bovengrens.compareTo(ondergrens) >= 0;
    }
  }

  /**
   * One scheme. {@code code} is what a request names; {@code budgetcode} the budget in the finance
   * system that holds the ceiling ({@code plafond}, published under Awb 4:27) for the period.
   */
  public record Regeling(
      @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "alleen kleine letters, cijfers en streepjes") String code,
      @NotBlank String naam,
      @NotBlank String grondslag,
      @NotNull LocalDate aanvraagperiodeVan,
      @NotNull LocalDate aanvraagperiodeTot,
      @NotBlank String budgetcode,
      @NotNull @DecimalMin("0.01") BigDecimal plafond,
      @NotNull @DecimalMin("0.01") BigDecimal maximumBedrag,
      @DefaultValue("volgorde-van-binnenkomst") @NotNull Verdeling verdeling,
      @DefaultValue("8") @Min(1) @Max(52) int beslistermijnWeken,
      @DefaultValue("2") @Min(1) @Max(12) int aanvultermijnWeken,
      @DefaultValue("0") @Min(0) @Max(100) int voorschotPercentage,
      @DefaultValue("13") @Min(1) @Max(52) int verantwoordingstermijnWeken,
      @DefaultValue("8") @Min(1) @Max(52) int ambtshalveVaststellingNaWeken) {

    @AssertTrue(message = "de aanvraagperiode eindigt niet voor ze begint")
    public boolean isPeriodeGeldig() {
      return aanvraagperiodeVan == null || aanvraagperiodeTot == null || !aanvraagperiodeTot.isBefore(aanvraagperiodeVan);
    }

    @AssertTrue(message = "het maximumbedrag ligt niet boven het subsidieplafond")
    public boolean isMaximumBinnenPlafond() {
      return maximumBedrag == null || plafond == null || maximumBedrag.compareTo(plafond) <= 0;
    }

    public boolean staatOpen(LocalDate datum) {
      return !datum.isBefore(aanvraagperiodeVan) && !datum.isAfter(aanvraagperiodeTot);
    }
  }
}
