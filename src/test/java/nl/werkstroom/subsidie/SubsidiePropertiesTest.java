package nl.werkstroom.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A scheme is configuration: a good one is read with its defaults, a wrong one stops the start and is named. */
class SubsidiePropertiesTest {

  private static final String REGELING = "werkstroom.subsidie.gemeenten.leiden.regelingen[0].";

  @Configuration
  @EnableConfigurationProperties(SubsidieProperties.class)
  static class Instellingen {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Instellingen.class);

  @Test
  void aSchemeIsReadWithTheAwbDefaults() {
    context.withPropertyValues(geldig()).run(started -> {
      assertThat(started).hasNotFailed();
      SubsidieProperties.Regeling regeling = started.getBean(SubsidieProperties.class)
          .gemeenten().get("leiden").regelingen().get(0);
      assertThat(regeling.verdeling()).isEqualTo(Verdeling.RANGSCHIKKING);
      assertThat(regeling.beslistermijnWeken()).isEqualTo(8);
      assertThat(started.getBean(SubsidieProperties.class).gemeenten().get("leiden").verantwoording())
          .isEqualTo(Regelingen.STANDAARD_VERANTWOORDING);
    });
  }

  @Test
  void aMaximumAboveTheCeilingStopsTheStartAndIsNamed() {
    context.withPropertyValues(geldig()).withPropertyValues(REGELING + "maximum-bedrag=500000.00").run(started ->
        assertThat(started).hasFailed().getFailure().rootCause()
            .hasMessageContaining("het maximumbedrag ligt niet boven het subsidieplafond"));
  }

  private static String[] geldig() {
    return new String[] {
        REGELING + "code=cultuur", REGELING + "naam=Subsidieregeling cultuur", REGELING + "grondslag=ASV Leiden",
        REGELING + "aanvraagperiode-van=2026-01-01", REGELING + "aanvraagperiode-tot=2026-12-31",
        REGELING + "budgetcode=SUB-CULTUUR", REGELING + "plafond=150000.00", REGELING + "maximum-bedrag=60000.00",
        REGELING + "verdeling=rangschikking"};
  }
}
