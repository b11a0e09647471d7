package nl.werkstroom.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL plan every query for the values it is run with. After five runs of a prepared
 * statement PostgreSQL may switch to one generic plan; for Tasklist's task query, whose
 * authorization check joins the open tasks against their authorizations, that generic plan
 * compares every task with every authorization: minutes instead of a second at 100,000 open tasks
 * (measured with {@code DashboardBenchmark}). Planning each run costs well under a millisecond.
 * A {@code spring.datasource.hikari.connection-init-sql} of one's own takes precedence.
 */
@Component
class PostgresPlanning implements BeanPostProcessor {

  private static final Logger log = LoggerFactory.getLogger(PostgresPlanning.class);

  static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource dataSource && isPostgres(dataSource.getJdbcUrl())) {
      String own = dataSource.getConnectionInitSql();
      if (own == null) {
        dataSource.setConnectionInitSql(CUSTOM_PLANS);
      } else if (!own.contains("plan_cache_mode")) {
        log.warn("spring.datasource.hikari.connection-init-sql is set without '{}': Tasklist's task queries may "
            + "become very slow with many open tasks", CUSTOM_PLANS);
      }
    }
    return bean;
  }

  private static boolean isPostgres(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
  }
}
