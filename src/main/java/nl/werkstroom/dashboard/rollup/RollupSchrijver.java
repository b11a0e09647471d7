package nl.werkstroom.dashboard.rollup;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.werkstroom.dashboard.rollup.RollupBatch.Som;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds a batch of increments to the rollup tables, in key order (so two transactions that touch the
 * same rows lock them in the same order and never deadlock), on the connection of the engine's
 * transaction. PostgreSQL upserts atomically ({@code ON CONFLICT}); H2's {@code MERGE} can lose a
 * race to insert the same new row, and then, the other row being committed, simply merges again.
 */
final class RollupSchrijver {

  private static final String POSTGRES_GESTART = """
      INSERT INTO ws_dash_gestart AS t (proces_sleutel, gemeente, week, aantal) VALUES (?, ?, ?, ?)
      ON CONFLICT (proces_sleutel, gemeente, week) DO UPDATE SET aantal = t.aantal + excluded.aantal""";
  private static final String POSTGRES_DUUR = """
      INSERT INTO ws_dash_duur AS t
        (proces_sleutel, gemeente, meting, onderdeel, week, duur_uren, op_tijd, aantal, duur_ms_som)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (proces_sleutel, gemeente, meting, onderdeel, week, duur_uren, op_tijd)
      DO UPDATE SET aantal = t.aantal + excluded.aantal, duur_ms_som = t.duur_ms_som + excluded.duur_ms_som""";
  private static final String H2_GESTART = """
      MERGE INTO ws_dash_gestart t
      USING (VALUES (CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(64)), CAST(? AS DATE), CAST(? AS BIGINT)))
        AS s (proces_sleutel, gemeente, week, aantal)
      ON t.proces_sleutel = s.proces_sleutel AND t.gemeente = s.gemeente AND t.week = s.week
      WHEN MATCHED THEN UPDATE SET aantal = t.aantal + s.aantal
      WHEN NOT MATCHED THEN INSERT (proces_sleutel, gemeente, week, aantal)
        VALUES (s.proces_sleutel, s.gemeente, s.week, s.aantal)""";
  private static final String H2_DUUR = """
      MERGE INTO ws_dash_duur t
      USING (VALUES (CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(255)),
          CAST(? AS DATE), CAST(? AS INTEGER), CAST(? AS SMALLINT), CAST(? AS BIGINT), CAST(? AS BIGINT)))
        AS s (proces_sleutel, gemeente, meting, onderdeel, week, duur_uren, op_tijd, aantal, duur_ms_som)
      ON t.proces_sleutel = s.proces_sleutel AND t.gemeente = s.gemeente AND t.meting = s.meting
        AND t.onderdeel = s.onderdeel AND t.week = s.week AND t.duur_uren = s.duur_uren AND t.op_tijd = s.op_tijd
      WHEN MATCHED THEN UPDATE SET aantal = t.aantal + s.aantal, duur_ms_som = t.duur_ms_som + s.duur_ms_som
      WHEN NOT MATCHED THEN INSERT (proces_sleutel, gemeente, meting, onderdeel, week, duur_uren, op_tijd, aantal,
          duur_ms_som)
        VALUES (s.proces_sleutel, s.gemeente, s.meting, s.onderdeel, s.week, s.duur_uren, s.op_tijd, s.aantal,
          s.duur_ms_som)""";
  private static final int H2_POGINGEN = 5;

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private volatile RollupDatabase database;

  RollupSchrijver(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  void schrijf(RollupBatch batch) {
    List<Object[]> gestart = new ArrayList<>();
    for (Map.Entry<GestartSleutel, Long> rij : batch.gestart().entrySet()) {
      GestartSleutel sleutel = rij.getKey();
      gestart.add(new Object[] {sleutel.proces(), sleutel.gemeente(), Date.valueOf(sleutel.week()), rij.getValue()});
    }
    List<Object[]> duur = new ArrayList<>();
    for (Map.Entry<DuurSleutel, Som> rij : batch.duur().entrySet()) {
      DuurSleutel sleutel = rij.getKey();
      duur.add(new Object[] {sleutel.proces(), sleutel.gemeente(), sleutel.meting().code(), sleutel.onderdeel(),
          Date.valueOf(sleutel.week()), sleutel.duurUren(), sleutel.opTijd(), rij.getValue().aantal(),
          rij.getValue().duurMs()});
    }
    if (database() == RollupDatabase.POSTGRESQL) {
      batch(POSTGRES_GESTART, gestart);
      batch(POSTGRES_DUUR, duur);
    } else {
      gestart.forEach(rij -> merge(H2_GESTART, rij));
      duur.forEach(rij -> merge(H2_DUUR, rij));
    }
  }

  private void batch(String sql, List<Object[]> rijen) {
    if (!rijen.isEmpty()) {
      jdbc.batchUpdate(sql, rijen);
    }
  }

  private void merge(String sql, Object[] rij) {
    for (int poging = 1; ; poging++) {
      try {
        jdbc.update(sql, rij);
        return;
      } catch (DuplicateKeyException e) {
        if (poging == H2_POGINGEN) {
          throw e;
        }
      }
    }
  }

  private RollupDatabase database() {
    if (database == null) {
      database = RollupDatabase.of(dataSource);
    }
    return database;
  }
}
