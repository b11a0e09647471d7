package nl.werkstroom.dashboard.rollup;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's rollup tables as a whole. The engine keeps them up to date as it works
 * ({@link RollupEnginePlugin}); {@link #herbouw()} recomputes them from the history, for an
 * installation that had history before the rollups existed (migration V5) or after bulk changes to
 * the history.
 */
@Component
public class DashboardRollups {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardRollups.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DataSource dataSource;
  private volatile HerbouwSql sql;

  DashboardRollups(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Deletes and recomputes, in one transaction, {@code ws_dash_gestart} and the 'afgerond' and
   * 'taak' rows of {@code ws_dash_duur} from ACT_HI_PROCINST and ACT_HI_TASKINST. The 'besluit'
   * rows are kept (the rebuild does not recount decisions). For a quiet engine only, as migration
   * V5 and the benchmark run it: on PostgreSQL it locks both tables until it commits, and counts
   * of cases whose history the history clean-up already removed are lost.
   */
  public void herbouw() {
    long begin = System.nanoTime();
    transaction.executeWithoutResult(status -> sql().herbouw(jdbc));
    LOG.info("Dashboard rollups rebuilt from history in {} ms", (System.nanoTime() - begin) / 1_000_000);
  }

  private HerbouwSql sql() {
    if (sql == null) {
      sql = new HerbouwSql(RollupDatabase.of(dataSource));
    }
    return sql;
  }
}
