package nl.werkstroom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresPlanningTest {

  private final PostgresPlanning planning = new PostgresPlanning();

  @Test
  void aPostgresPoolPlansEveryQueryForItsValues() {
    HikariDataSource dataSource = pool("jdbc:postgresql://localhost:5432/werkstroom");

    planning.postProcessAfterInitialization(dataSource, "dataSource");

    assertThat(dataSource.getConnectionInitSql()).isEqualTo("SET plan_cache_mode = force_custom_plan");
  }

  @Test
  void anH2PoolIsLeftAlone() {
    HikariDataSource dataSource = pool("jdbc:h2:mem:werkstroom");

    planning.postProcessAfterInitialization(dataSource, "dataSource");

    assertThat(dataSource.getConnectionInitSql()).isNull();
  }

  @Test
  void anInitStatementOfTheOperatorsOwnIsKept() {
    HikariDataSource dataSource = pool("jdbc:postgresql://db.internal/werkstroom");
    dataSource.setConnectionInitSql("SET search_path = werkstroom");

    planning.postProcessAfterInitialization(dataSource, "dataSource");

    assertThat(dataSource.getConnectionInitSql()).isEqualTo("SET search_path = werkstroom");
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    return dataSource;
  }
}
