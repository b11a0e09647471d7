package nl.werkstroom.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkstroom.WerkstroomApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Production never falls back to demo defaults: it names what is missing and stops. */
class ProductionProfileTest {

  @Test
  void productionWithoutSecretsRefusesToStartAndNamesWhatIsMissing() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(WerkstroomApplication.class)
        .profiles("production")
        .run("--server.port=0"))
        .isInstanceOf(MissingSettingsException.class)
        .satisfies(failure -> assertThat(((MissingSettingsException) failure).settings())
            .containsExactlyInAnyOrder("spring.datasource.url", "werkstroom.admin.password",
                "werkstroom.tenants[0].id"));
  }

  @Test
  void productionNamesOnlyWhatIsStillMissing() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(WerkstroomApplication.class)
        .profiles("production")
        .run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://db.example/werkstroom",
            "--werkstroom.tenants[0].id=leiden", "--werkstroom.tenants[0].name=Gemeente Leiden"))
        .isInstanceOf(MissingSettingsException.class)
        .satisfies(failure -> assertThat(((MissingSettingsException) failure).settings())
            .containsExactly("werkstroom.admin.password"));
  }

  @Test
  void theStartupFailureTellsWhichEnvironmentVariableToSet() {
    FailureAnalysis analysis = new MissingSettingsFailureAnalyzer()
        .analyze(new MissingSettingsException(java.util.List.of("werkstroom.admin.password", "spring.datasource.url")));

    assertThat(analysis.getDescription())
        .contains("werkstroom.admin.password (environment variable WERKSTROOM_ADMIN_PASSWORD)")
        .contains("spring.datasource.url (environment variable SPRING_DATASOURCE_URL)");
  }
}
