package nl.werkstroom.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of the application tests: in-memory H2, or PostgreSQL when the system
 * property {@code werkstroom.test.database=postgres} is set (as the failsafe run of {@code mvn
 * verify} does). PostgreSQL must then be reachable: a missing server fails the tests, it never
 * skips them. The test database is created when missing and emptied once per test run.
 */
public class TestDatabase implements ActiveProfilesResolver {

  static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String POSTGRES_DATABASE = "werkstroom_test";
  private static boolean postgresPrepared;

  @Override
  public String[] resolve(Class<?> testClass) {
    if ("postgres".equals(System.getProperty("werkstroom.test.database"))) {
      preparePostgres();
      return new String[] {"test", "test-postgres"};
    }
    return new String[] {"test"};
  }

  private static synchronized void preparePostgres() {
    if (postgresPrepared) {
      return;
    }
    try (Connection server = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
        Statement statement = server.createStatement()) {
      try (ResultSet exists = statement.executeQuery(
          "SELECT 1 FROM pg_database WHERE datname = '" + POSTGRES_DATABASE + "'")) {
        if (!exists.next()) {
          statement.execute("CREATE DATABASE " + POSTGRES_DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL for the application tests is not reachable at "
          + POSTGRES_SERVER + " as user postgres: start it (see .ci/run)", e);
    }
    try (Connection database = DriverManager.getConnection(POSTGRES_SERVER + POSTGRES_DATABASE, "postgres", "");
        Statement statement = database.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty the test database " + POSTGRES_DATABASE, e);
    }
    postgresPrepared = true;
  }
}
