package nl.werkstroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application tests run on the database they claim to: PostgreSQL in verify, never silently H2. */
@ApplicationTest
class TestDatabaseTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void theEngineRunsOnTheRequestedDatabase() {
    String expected = "postgres".equals(System.getProperty("werkstroom.test.database")) ? "postgres" : "h2";

    String databaseType = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();

    assertThat(databaseType).isEqualTo(expected);
  }
}
