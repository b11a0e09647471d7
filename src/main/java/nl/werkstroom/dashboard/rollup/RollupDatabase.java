package nl.werkstroom.dashboard.rollup;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The databases Werkstroom runs on; the rollups speak each one's upsert and date arithmetic. */
public enum RollupDatabase {
  H2,
  POSTGRESQL;

  /** The database behind a data source, from the driver's product name. */
  public static RollupDatabase of(DataSource dataSource) {
    try {
      return fromProductName(JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName()));
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database the dashboard's rollups are in", e);
    }
  }

  static RollupDatabase of(Connection connection) throws SQLException {
    return fromProductName(connection.getMetaData().getDatabaseProductName());
  }

  private static RollupDatabase fromProductName(String productName) {
    if ("H2".equalsIgnoreCase(productName)) {
      return H2;
    }
    if ("PostgreSQL".equalsIgnoreCase(productName)) {
      return POSTGRESQL;
    }
    throw new IllegalStateException("The dashboard's rollups support H2 and PostgreSQL, not " + productName);
  }
}
