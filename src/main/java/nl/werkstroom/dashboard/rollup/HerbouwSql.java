package nl.werkstroom.dashboard.rollup;

import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the rollups from the engine's history in a few set-based statements per database, so
 * the work stays in the database however long the history is: instances started and ended from
 * ACT_HI_PROCINST, completed user tasks from ACT_HI_TASKINST. Decisions ('besluit') are kept as
 * they are: recounting them would mean finding the marked activities of every model version in
 * ACT_HI_ACTINST and their beslisdatum in ACT_HI_VARINST, which this rebuild does not do. The duration class and the week are the SQL twins of
 * {@link DuurKlasse} and {@link IsoWeek}; history times are stored in the server's time zone.
 */
final class HerbouwSql {

  private static final String KLASSE = "CASE WHEN duur < " + DuurKlasse.UREN_GRENS * DuurKlasse.MS_PER_UUR
      + " THEN duur / " + DuurKlasse.MS_PER_UUR
      + " ELSE LEAST(duur / " + DuurKlasse.MS_PER_DAG + ", " + DuurKlasse.MAXIMUM_UREN / 24 + ") * 24 END";

  private static final String GESTART = """
      INSERT INTO ws_dash_gestart (proces_sleutel, gemeente, week, aantal)
      SELECT proces_sleutel, gemeente, week, COUNT(*)
      FROM (SELECT PROC_DEF_KEY_ AS proces_sleutel, COALESCE(TENANT_ID_, '') AS gemeente, %s AS week
            FROM ACT_HI_PROCINST
            WHERE PROC_DEF_KEY_ IS NOT NULL AND START_TIME_ IS NOT NULL) h
      GROUP BY proces_sleutel, gemeente, week
      ORDER BY proces_sleutel, gemeente, week""";

  private static final String AFGEROND = """
      INSERT INTO ws_dash_duur (proces_sleutel, gemeente, meting, onderdeel, week, duur_uren, op_tijd, aantal, duur_ms_som)
      SELECT proces_sleutel, gemeente, 'afgerond', '', week, duur_uren, -1, COUNT(*), SUM(duur)
      FROM (SELECT proces_sleutel, gemeente, week, duur, %s AS duur_uren
            FROM (SELECT PROC_DEF_KEY_ AS proces_sleutel, COALESCE(TENANT_ID_, '') AS gemeente, %s AS week,
                         GREATEST(COALESCE(DURATION_, %s, 0), 0) AS duur
                  FROM ACT_HI_PROCINST
                  WHERE PROC_DEF_KEY_ IS NOT NULL AND END_TIME_ IS NOT NULL) h) k
      GROUP BY proces_sleutel, gemeente, week, duur_uren
      ORDER BY proces_sleutel, gemeente, week, duur_uren""";

  private static final String TAAK = """
      INSERT INTO ws_dash_duur (proces_sleutel, gemeente, meting, onderdeel, week, duur_uren, op_tijd, aantal, duur_ms_som)
      SELECT proces_sleutel, gemeente, 'taak', onderdeel, week, duur_uren, op_tijd, COUNT(*), SUM(duur)
      FROM (SELECT proces_sleutel, gemeente, onderdeel, week, duur, op_tijd, %s AS duur_uren
            FROM (SELECT PROC_DEF_KEY_ AS proces_sleutel, COALESCE(TENANT_ID_, '') AS gemeente,
                         TASK_DEF_KEY_ AS onderdeel, %s AS week,
                         GREATEST(COALESCE(DURATION_, %s, 0), 0) AS duur,
                         CASE WHEN DUE_DATE_ IS NULL THEN -1 WHEN END_TIME_ <= DUE_DATE_ THEN 1 ELSE 0 END AS op_tijd
                  FROM ACT_HI_TASKINST
                  WHERE PROC_DEF_KEY_ IS NOT NULL AND TASK_DEF_KEY_ IS NOT NULL AND END_TIME_ IS NOT NULL
                    AND DELETE_REASON_ = 'completed') h) k
      GROUP BY proces_sleutel, gemeente, onderdeel, week, duur_uren, op_tijd
      ORDER BY proces_sleutel, gemeente, onderdeel, week, duur_uren, op_tijd""";

  private final RollupDatabase database;
  private final String serverZone;

  HerbouwSql(RollupDatabase database) {
    this(database, TimeZone.getDefault().getID());
  }

  HerbouwSql(RollupDatabase database, String serverZone) {
    if (!serverZone.matches("[A-Za-z0-9/_+-]+")) {
      throw new IllegalStateException("Unexpected time zone id " + serverZone);
    }
    this.database = database;
    this.serverZone = serverZone;
  }

  /** Deletes and recomputes, in the caller's transaction, all rollups but the decisions. */
  void herbouw(JdbcTemplate jdbc) {
    if (database == RollupDatabase.POSTGRESQL) {
      // Emptying by TRUNCATE (the decisions set aside) and inserting in key order is three times as
      // fast as deleting at a million history rows. Its lock makes writers and readers wait until the
      // rebuild commits; what writers add then is not yet in the history the rebuild read.
      jdbc.execute("SET LOCAL work_mem = '64MB'");
      jdbc.execute("CREATE TEMPORARY TABLE ws_dash_besluit_bewaard ON COMMIT DROP AS "
          + "SELECT * FROM ws_dash_duur WHERE meting = '" + Meting.BESLUIT.code() + "'");
      jdbc.execute("TRUNCATE ws_dash_gestart, ws_dash_duur");
      jdbc.update("INSERT INTO ws_dash_duur SELECT * FROM ws_dash_besluit_bewaard");
    } else {
      jdbc.update("DELETE FROM ws_dash_gestart");
      jdbc.update("DELETE FROM ws_dash_duur WHERE meting IN (?, ?)", Meting.AFGEROND.code(), Meting.TAAK.code());
    }
    jdbc.update(GESTART.formatted(week("START_TIME_")));
    jdbc.update(AFGEROND.formatted(KLASSE, week("END_TIME_"), millis("START_TIME_", "END_TIME_")));
    jdbc.update(TAAK.formatted(KLASSE, week("END_TIME_"), millis("START_TIME_", "END_TIME_")));
  }

  /** The Monday (Europe/Amsterdam) of the ISO week of a history timestamp stored in the server's zone. */
  String week(String column) {
    return switch (database) {
      case POSTGRESQL -> "CAST(date_trunc('week', (" + column + " AT TIME ZONE '" + serverZone
          + "') AT TIME ZONE '" + IsoWeek.ZONE.getId() + "') AS DATE)";
      case H2 -> "DATEADD(DAY, 1 - ISO_DAY_OF_WEEK(" + amsterdamDate(column) + "), " + amsterdamDate(column) + ")";
    };
  }

  /** H2: the server-zone timestamp as an instant, formatted as a date in Europe/Amsterdam. */
  private String amsterdamDate(String column) {
    return "CAST(FORMATDATETIME(CAST(" + column + " AS TIMESTAMP WITH TIME ZONE), 'yyyy-MM-dd', 'en', '"
        + IsoWeek.ZONE.getId() + "') AS DATE)";
  }

  private String millis(String start, String end) {
    return switch (database) {
      case POSTGRESQL -> "CAST(EXTRACT(EPOCH FROM (" + end + " - " + start + ")) * 1000 AS BIGINT)";
      case H2 -> "DATEDIFF(MILLISECOND, " + start + ", " + end + ")";
    };
  }
}
