package nl.werkstroom.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds the settings the way Spring Boot binds application.yaml. */
class DeadlinePropertiesTest {

  private static DeadlineProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("werkstroom.deadline", Bindable.of(DeadlineProperties.class));
  }

  @Test
  void defaultsToAmsterdamWithoutBridgingDays() {
    DeadlineProperties properties = bind(Map.of());

    assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    assertThat(properties.bridgingDays()).isEmpty();
  }

  @Test
  void bindsBridgingDaysAsIsoDatesFromAYamlList() {
    DeadlineProperties properties = bind(Map.of(
        "werkstroom.deadline.zone", "Europe/Brussels",
        "werkstroom.deadline.bridging-days[0]", "2026-05-15",
        "werkstroom.deadline.bridging-days[1]", "2027-12-31"));

    assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
    assertThat(properties.bridgingDays()).containsExactly(LocalDate.of(2026, 5, 15), LocalDate.of(2027, 12, 31));
  }

  @Test
  void bindsBridgingDaysFromACommaSeparatedEnvironmentValue() {
    DeadlineProperties properties = bind(Map.of("werkstroom.deadline.bridging-days", "2026-05-15,2027-12-31"));

    assertThat(properties.bridgingDays()).containsExactly(LocalDate.of(2026, 5, 15), LocalDate.of(2027, 12, 31));
  }
}
