package nl.werkstroom.dashboard.rollup;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration V5: fills the rollup tables of V4 from the history an installation already has, so the
 * dashboard shows the past from the first start after the upgrade. Spring Boot hands Flyway every
 * JavaMigration bean.
 */
@Component
class DashboardHerbouwMigratie implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5");
  }

  @Override
  public String getDescription() {
    return "dashboard rollups from history";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    new HerbouwSql(RollupDatabase.of(connection))
        .herbouw(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
  }
}
