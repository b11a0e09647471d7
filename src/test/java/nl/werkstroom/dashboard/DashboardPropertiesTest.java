package nl.werkstroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.werkstroom.dashboard.DashboardProperties.Soort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The dashboard's terms are configuration: read per process key as written, a wrong one stops the start and is named. */
class DashboardPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(DashboardProperties.class)
  static class Instellingen {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Instellingen.class);

  @Test
  void withoutSettingsTwelveWeeksAndARefreshEveryHalfMinute() {
    context.run(started -> {
      DashboardProperties properties = started.getBean(DashboardProperties.class);
      assertThat(properties.standaardPeriodeWeken()).isEqualTo(12);
      assertThat(properties.metrics().verversen()).isEqualTo(Duration.ofSeconds(30));
      assertThat(properties.doorlooptijd("contactverzoek")).isEmpty();
    });
  }

  @Test
  void termsAreReadPerProcessKeyAsWritten() {
    context.withPropertyValues(
        "werkstroom.dashboard.processen.aiToepassing.doorlooptijd.duur=P30D",
        "werkstroom.dashboard.processen.aiToepassing.doorlooptijd.soort=afgesproken",
        "werkstroom.dashboard.processen.aiToepassing.doorlooptijd.omschrijving=Binnen een maand",
        "werkstroom.dashboard.processen.subsidieaanvraag.beslistermijn.duur=P56D",
        "werkstroom.dashboard.processen.subsidieaanvraag.beslistermijn.soort=wettelijk",
        "werkstroom.dashboard.processen.subsidieaanvraag.beslistermijn.omschrijving=8 weken").run(started -> {
          DashboardProperties properties = started.getBean(DashboardProperties.class);
          assertThat(properties.doorlooptijd("aiToepassing")).get()
              .extracting(DashboardProperties.Termijn::duur).isEqualTo(Duration.ofDays(30));
          assertThat(properties.beslistermijn("subsidieaanvraag").orElseThrow().soort()).isEqualTo(Soort.WETTELIJK);
          assertThat(properties.doorlooptijd("subsidieaanvraag")).isEmpty();
        });
  }

  @Test
  void aTermWithoutDescriptionOrLengthStopsTheStart() {
    context.withPropertyValues(
        "werkstroom.dashboard.processen.contactverzoek.doorlooptijd.duur=PT0S",
        "werkstroom.dashboard.processen.contactverzoek.doorlooptijd.soort=afgesproken").run(started -> {
          assertThat(started).hasFailed();
          assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("omschrijving")
              .hasMessageContaining("een termijn duurt langer dan nul");
        });
  }
}
