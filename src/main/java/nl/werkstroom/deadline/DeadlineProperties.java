package nl.werkstroom.deadline;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings for legal deadlines ({@code werkstroom.deadline.*}).
 *
 * @param zone the time zone in which a legal day starts and ends
 * @param bridgingDays days that a royal decree (Atw art. 3(3)) equates with recognised holidays
 *     for one year, as ISO dates; the decree is published per year, so this list is kept by hand
 */
@Validated
@ConfigurationProperties("werkstroom.deadline")
public record DeadlineProperties(
    @NotNull @DefaultValue("Europe/Amsterdam") ZoneId zone,
    @NotNull @DefaultValue List<LocalDate> bridgingDays) {

  public DeadlineProperties {
    bridgingDays = bridgingDays == null ? List.of() : List.copyOf(bridgingDays);
  }
}
