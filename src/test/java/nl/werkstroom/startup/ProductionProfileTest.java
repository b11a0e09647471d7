package nl.werkstroom.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkstroom.WerkstroomApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkstroom.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Production never falls back to demo defaults: it names what is missing and stops. */
class ProductionProfileTest {

  /** Everything production needs, for one municipality, as an operator would set it. */
  private static final Map<String, String> COMPLETE = complete();

  @Test
  void productionWithoutSecretsRefusesToStartAndNamesWhatIsMissing() {
    assertThatThrownBy(() -> startProduction(Map.of()))
        .isInstanceOf(MissingSettingsException.class)
        .satisfies(failure -> assertThat(((MissingSettingsException) failure).settings())
            .contains("spring.datasource.url", "werkstroom.admin.password", "werkstroom.tenants[0].id",
                "werkstroom.integration.zgw.zaken-url", "werkstroom.integration.zgw.secret",
                "werkstroom.integration.brp.api-key"));
  }

  @Test
  void productionNamesOnlyWhatIsStillMissing() {
    assertThatThrownBy(() -> startProduction(without("werkstroom.admin.password")))
        .isInstanceOf(MissingSettingsException.class)
        .satisfies(failure -> assertThat(((MissingSettingsException) failure).settings())
            .containsExactly("werkstroom.admin.password"));
  }

  @Test
  void productionNeedsTheSettingsOfEveryMunicipality() {
    assertThatThrownBy(() -> startProduction(without("werkstroom.integration.zgw.tenants.zoeterwoude.rsin")))
        .isInstanceOf(MissingSettingsException.class)
        .satisfies(failure -> assertThat(((MissingSettingsException) failure).settings())
            .containsExactly("werkstroom.integration.zgw.tenants.zoeterwoude.rsin"));
  }

  @Test
  void productionWithItsSettingsStartsWithTheAdministratorAndNoDemoUsersOrSimulators() {
    try (ConfigurableApplicationContext application = startProduction(COMPLETE)) {
      IdentityService identity = application.getBean(IdentityService.class);

      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
      assertThat(identity.createTenantQuery().list()).extracting(Tenant::getId).containsExactly("zoeterwoude");
      assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
          .contains("camunda-admin", "beheerder", "procesbeheerder");
      assertThat(identity.checkPassword("admin", "Sterk-Beheer-2026!")).isTrue();
      assertThat(application.getBeansOfType(SimulatorStore.class)).as("no simulators in production").isEmpty();
    }
  }

  @Test
  void productionNeverOpensTheSimulatorsOrCreatesDemoUsers() {
    for (String demoOnly : List.of("werkstroom.simulators.enabled", "werkstroom.demo.enabled")) {
      Map<String, String> settings = new LinkedHashMap<>(COMPLETE);
      settings.put(demoOnly, "true");

      assertThatThrownBy(() -> startProduction(settings)).hasMessageContaining(demoOnly);
    }
  }

  @Test
  void theStartupFailureTellsWhichEnvironmentVariableToSet() {
    FailureAnalysis analysis = new MissingSettingsFailureAnalyzer()
        .analyze(new MissingSettingsException(List.of("werkstroom.admin.password", "spring.datasource.url")));

    assertThat(analysis.getDescription())
        .contains("werkstroom.admin.password (environment variable WERKSTROOM_ADMIN_PASSWORD)")
        .contains("spring.datasource.url (environment variable SPRING_DATASOURCE_URL)");
  }

  private static ConfigurableApplicationContext startProduction(Map<String, String> settings) {
    // An engine name of its own: closing this application must not take the engine "default" of the
    // application tests out of Camunda's JVM-wide registry.
    List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.process-engine-name=productietest"));
    settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    return new SpringApplicationBuilder(WerkstroomApplication.class)
        .profiles("production")
        .run(arguments.toArray(String[]::new));
  }

  private static Map<String, String> without(String setting) {
    Map<String, String> settings = new LinkedHashMap<>(COMPLETE);
    assertThat(settings.remove(setting)).as(setting + " is part of the complete settings").isNotNull();
    return settings;
  }

  private static Map<String, String> complete() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", "jdbc:h2:mem:production-test");
    settings.put("werkstroom.admin.password", "Sterk-Beheer-2026!");
    settings.put("werkstroom.tenants[0].id", "zoeterwoude");
    settings.put("werkstroom.tenants[0].name", "Gemeente Zoeterwoude");
    settings.put("werkstroom.integration.zgw.zaken-url", "https://zaken.example/zaken/api/v1");
    settings.put("werkstroom.integration.zgw.documenten-url", "https://zaken.example/documenten/api/v1");
    settings.put("werkstroom.integration.zgw.besluiten-url", "https://zaken.example/besluiten/api/v1");
    settings.put("werkstroom.integration.zgw.catalogi-url", "https://zaken.example/catalogi/api/v1");
    settings.put("werkstroom.integration.zgw.client-id", "werkstroom");
    settings.put("werkstroom.integration.zgw.secret", "een-geheim-van-minstens-tweeendertig-tekens");
    settings.put("werkstroom.integration.zgw.tenants.zoeterwoude.rsin", "001005650");
    settings.put("werkstroom.integration.zgw.tenants.zoeterwoude.catalogus-domein", "ZOE");
    settings.put("werkstroom.integration.brp.url", "https://brp.example/haalcentraal/api/brp");
    settings.put("werkstroom.integration.brp.api-key", "brp-sleutel");
    settings.put("werkstroom.integration.kvk.url", "https://kvk.example/api");
    settings.put("werkstroom.integration.kvk.api-key", "kvk-sleutel");
    settings.put("werkstroom.integration.scim.url", "https://accounts.example/scim/v2");
    settings.put("werkstroom.integration.scim.token", "scim-token");
    settings.put("spring.mail.host", "smtp.example");
    settings.put("werkstroom.integration.mail.from", "Gemeente Zoeterwoude <noreply@zoeterwoude.example>");
    settings.put("werkstroom.integration.financien.url", "https://financien.example/api/v1");
    settings.put("werkstroom.integration.financien.token", "financien-token");
    settings.put("werkstroom.integration.financien.tenants.zoeterwoude.administratie", "ZOE01");
    settings.put("werkstroom.integration.publicatie.url", "https://publicatie.example/api/v1");
    settings.put("werkstroom.integration.publicatie.token", "publicatie-token");
    settings.put("werkstroom.integration.publicatie.tenants.zoeterwoude.organisatie", "gm0638");
    settings.put("werkstroom.integration.algoritmeregister.url", "https://algoritmes.example/aanleverapi");
    settings.put("werkstroom.integration.algoritmeregister.token-url",
        "https://auth.example/realms/algreg/protocol/openid-connect/token");
    settings.put("werkstroom.integration.algoritmeregister.client-id", "werkstroom");
    settings.put("werkstroom.integration.algoritmeregister.client-secret", "algoritmeregister-geheim");
    settings.put("werkstroom.integration.algoritmeregister.tenants.zoeterwoude.organisatie-id", "gm0638");
    settings.put("werkstroom.integration.algoritmeregister.tenants.zoeterwoude.organisatie-naam", "Gemeente Zoeterwoude");
    settings.put("werkstroom.integration.algoritmeregister.tenants.zoeterwoude.contact", "algoritmes@zoeterwoude.example");
    return settings;
  }
}
