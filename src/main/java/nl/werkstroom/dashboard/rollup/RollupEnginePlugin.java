package nl.werkstroom.dashboard.rollup;

import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's rollups up to date from inside the engine: a history event handler beside
 * the engine's own database handler (starts, ends, completed tasks), a parse listener for the
 * decision milestones, and a session per command that collects the increments and writes them at
 * commit. Uses the engine's data source directly, not a JdbcTemplate bean: that one waits for the
 * Flyway migrations, which in turn wait for the engine.
 */
@Component
class RollupEnginePlugin extends AbstractProcessEnginePlugin {

  private final RollupSchrijver schrijver;

  RollupEnginePlugin(DataSource dataSource) {
    this.schrijver = new RollupSchrijver(dataSource);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(true);
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new RollupHistoryEventHandler());

    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new BesluitParseListener(new BesluitMeten()));

    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return RollupBatch.class;
      }

      @Override
      public Session openSession() {
        return new RollupBatch(schrijver);
      }
    });
  }
}
