package nl.werkstroom.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.werkstroom.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;

/** On a fresh database the engine creates its tables first, then Werkstroom's migrations add to them. */
@ApplicationTest
class MigrationsAfterEngineTest {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DataSource dataSource;

  @Test
  void theMigrationsThatIndexEngineTablesRanAfterTheEngineCreatedThem() throws Exception {
    List<String> applied = jdbc.queryForList(
        "SELECT \"version\" FROM \"ws_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL", String.class);
    assertThat(applied).contains("4", "4.1", "5", "6");

    assertThat(indexes("ACT_RU_TASK")).contains("ws_idx_ru_task_parent");
    assertThat(indexes("ACT_RU_VARIABLE")).as("a B-tree on H2, a hash index on PostgreSQL")
        .containsAnyOf("ws_idx_ru_variable_name_text", "ws_idx_ru_variable_text");
    assertThat(indexes("ACT_HI_PROCINST")).contains("ws_idx_hi_procinst_def_start");
    assertThat(indexes("ACT_RU_EXECUTION")).contains("ws_idx_ru_exe_procinst");
  }

  @Test
  void postgresPlansEveryQueryForItsValues() {
    String database = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
    assumeTrue(database.toLowerCase(Locale.ROOT).contains("postgres"), "a PostgreSQL setting");

    assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
  }

  private List<String> indexes(String table) throws Exception {
    return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData metaData) -> {
      boolean lowerCase = metaData.storesLowerCaseIdentifiers();
      List<String> names = new ArrayList<>();
      try (ResultSet rows = metaData.getIndexInfo(null, null,
          lowerCase ? table.toLowerCase(Locale.ROOT) : table, false, false)) {
        while (rows.next()) {
          if (rows.getString("INDEX_NAME") != null) {
            names.add(rows.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
      return names;
    });
  }
}
