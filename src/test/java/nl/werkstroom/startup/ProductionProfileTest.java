package nl.werkstroom.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkstroom.WerkstroomApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
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
  void productionWithItsSettingsStartsWithTheAdministratorAndNoDemoUsers() {
    try (ConfigurableApplicationContext application = new SpringApplicationBuilder(WerkstroomApplication.class)
        .profiles("production")
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:production-test",
            "--werkstroom.admin.password=Sterk-Beheer-2026!", "--camunda.bpm.job-execution.enabled=false",
            "--werkstroom.tenants[0].id=zoeterwoude", "--werkstroom.tenants[0].name=Gemeente Zoeterwoude")) {
      IdentityService identity = application.getBean(IdentityService.class);

      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
      assertThat(identity.createTenantQuery().list()).extracting(Tenant::getId).containsExactly("zoeterwoude");
      assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
          .contains("camunda-admin", "beheerder", "procesbeheerder");
      assertThat(identity.checkPassword("admin", "Sterk-Beheer-2026!")).isTrue();
    }
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
