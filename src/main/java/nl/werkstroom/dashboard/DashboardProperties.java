package nl.werkstroom.dashboard;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The managers' dashboard: {@code werkstroom.dashboard.*}. The terms a lead time is measured
 * against are configuration, because they are agreements (or the law) per process, not code: a
 * process owner changes them without a rebuild.
 */
@Validated
@ConfigurationProperties("werkstroom.dashboard")
public record DashboardProperties(
    @DefaultValue("12") @Min(1) @Max(260) int standaardPeriodeWeken,
    @DefaultValue @Valid Map<String, Proces> processen,
    @DefaultValue @Valid @NotNull Metrics metrics) {

  /** The terms of one process; either may be absent. */
  public record Proces(@Valid Termijn doorlooptijd, @Valid Termijn beslistermijn) {
  }

  /** A term: how long, whether the law sets it or it is agreed, and how a manager reads it. */
  public record Termijn(@NotNull Duration duur, @NotNull Soort soort, @NotBlank String omschrijving) {

    @AssertTrue(message = "een termijn duurt langer dan nul")
    public boolean isPositief() {
      return duur == null || !duur.isNegative() && !duur.isZero();
    }
  }

  /** Whether a term is set by law or agreed (service level). */
  public enum Soort {
    WETTELIJK, AFGESPROKEN;

    @JsonValue
    public String naam() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Prometheus: how often the gauges' snapshot is refreshed (a scrape never queries). */
  public record Metrics(@DefaultValue("PT30S") @NotNull Duration verversen) {

    @AssertTrue(message = "verversen duurt minstens een seconde")
    public boolean isVerversenRedelijk() {
      return verversen == null || verversen.toMillis() >= 1000;
    }
  }

  public Optional<Termijn> doorlooptijd(String proces) {
    return Optional.ofNullable(processen.get(proces)).map(Proces::doorlooptijd);
  }

  public Optional<Termijn> beslistermijn(String proces) {
    return Optional.ofNullable(processen.get(proces)).map(Proces::beslistermijn);
  }
}
