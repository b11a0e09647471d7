package nl.werkstroom.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is going on now, counted in the engine's runtime tables: running instances, open tasks,
 * open incidents. These tables hold only what is open, so a count over them stays small; the query
 * API of the engine would load every row. Aggregates only, plain SQL for H2 and PostgreSQL.
 */
@Component
public class RuntimeQueries {

  private final NamedParameterJdbcTemplate jdbc;

  RuntimeQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A process and a municipality ('' for none): the key of what is open now. */
  public record ProcesGemeente(String proces, String gemeente) {
  }

  /** A count per process and municipality. */
  private record Telling(String proces, String gemeente, long aantal) {
  }

  /** Open tasks per process and municipality, and how many of them are past their due date. */
  private record OpenTaken(String proces, String gemeente, long open, long teLaat) {
  }

  /** Open tasks of one candidate group ('' for tasks without one), with the oldest one's creation. */
  public record GroepTaken(String proces, String gemeente, String groep, long open, long teLaat, Instant oudste,
      String definitieId) {
  }

  /** Open tasks of one user task (activity), with the oldest one's creation. */
  public record ActiviteitTaken(String proces, String gemeente, String activiteit, long open, Instant oudste,
      String definitieId) {
  }

  /** Open incidents of one kind at one activity, with the newest one's message. */
  public record Incidenten(String proces, String gemeente, String activiteit, String soort, String melding,
      long aantal, Instant oudste, String definitieId) {
  }

  /** What is open now in one process and municipality. */
  public record OpenWerk(long lopend, long openTaken, long teLaat, long incidenten) {

    public static final OpenWerk GEEN = new OpenWerk(0, 0, 0, 0);

    OpenWerk plus(OpenWerk ander) {
      return new OpenWerk(lopend + ander.lopend, openTaken + ander.openTaken, teLaat + ander.teLaat,
          incidenten + ander.incidenten);
    }
  }

  /** Running instances, open and overdue tasks (due before {@code nu}) and open incidents, per process and municipality. */
  public Map<ProcesGemeente, OpenWerk> openWerk(Bereik bereik, Instant nu) {
    Map<ProcesGemeente, OpenWerk> werk = new HashMap<>();
    for (Telling telling : lopend(bereik)) {
      werk.merge(new ProcesGemeente(telling.proces(), telling.gemeente()),
          new OpenWerk(telling.aantal(), 0, 0, 0), OpenWerk::plus);
    }
    for (OpenTaken taken : openTaken(bereik, nu)) {
      werk.merge(new ProcesGemeente(taken.proces(), taken.gemeente()),
          new OpenWerk(0, taken.open(), taken.teLaat(), 0), OpenWerk::plus);
    }
    for (Incidenten groep : incidenten(bereik)) {
      werk.merge(new ProcesGemeente(groep.proces(), groep.gemeente()),
          new OpenWerk(0, 0, 0, groep.aantal()), OpenWerk::plus);
    }
    return werk;
  }

  /** Running process instances (called ones included: each is an instance of its own process). */
  private List<Telling> lopend(Bereik bereik) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String sql = "select d.KEY_ proces, coalesce(e.TENANT_ID_, '') gemeente, count(*) aantal"
        + " from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
        + " where e.ID_ = e.PROC_INST_ID_" + bereik.voorwaarden("e.TENANT_ID_", "d.KEY_", parameters)
        + " group by d.KEY_, coalesce(e.TENANT_ID_, '')";
    return jdbc.query(sql, parameters, (rs, i) -> new Telling(rs.getString("proces"), rs.getString("gemeente"),
        rs.getLong("aantal")));
  }

  /** Open tasks per process and municipality; overdue = due before {@code nu}. */
  private List<OpenTaken> openTaken(Bereik bereik, Instant nu) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("nu", Timestamp.from(nu));
    String sql = "select d.KEY_ proces, coalesce(t.TENANT_ID_, '') gemeente, count(*) open_taken,"
        + " sum(case when t.DUE_DATE_ < :nu then 1 else 0 end) te_laat"
        + " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
        + " where 1 = 1" + bereik.voorwaarden("t.TENANT_ID_", "d.KEY_", parameters)
        + " group by d.KEY_, coalesce(t.TENANT_ID_, '')";
    return jdbc.query(sql, parameters, (rs, i) -> new OpenTaken(rs.getString("proces"), rs.getString("gemeente"),
        rs.getLong("open_taken"), rs.getLong("te_laat")));
  }

  /**
   * Open tasks per candidate group. A task offered to two groups counts in both, as both see it in
   * their Tasklist; a task without a candidate group counts under ''.
   */
  public List<GroepTaken> takenPerGroep(Bereik bereik, Instant nu) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("nu", Timestamp.from(nu));
    String sql = "select d.KEY_ proces, coalesce(t.TENANT_ID_, '') gemeente, coalesce(l.GROUP_ID_, '') groep,"
        + " count(*) open_taken, sum(case when t.DUE_DATE_ < :nu then 1 else 0 end) te_laat,"
        + " min(t.CREATE_TIME_) oudste, max(t.PROC_DEF_ID_) definitie"
        + " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
        + " left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null"
        + " where 1 = 1" + bereik.voorwaarden("t.TENANT_ID_", "d.KEY_", parameters)
        + " group by d.KEY_, coalesce(t.TENANT_ID_, ''), coalesce(l.GROUP_ID_, '')";
    return jdbc.query(sql, parameters, (rs, i) -> new GroepTaken(rs.getString("proces"), rs.getString("gemeente"),
        rs.getString("groep"), rs.getLong("open_taken"), rs.getLong("te_laat"), moment(rs, "oudste"),
        rs.getString("definitie")));
  }

  /** Open tasks per user task of a process. */
  public List<ActiviteitTaken> takenPerActiviteit(Bereik bereik) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String sql = "select d.KEY_ proces, coalesce(t.TENANT_ID_, '') gemeente, t.TASK_DEF_KEY_ activiteit,"
        + " count(*) open_taken, min(t.CREATE_TIME_) oudste, max(t.PROC_DEF_ID_) definitie"
        + " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
        + " where 1 = 1" + bereik.voorwaarden("t.TENANT_ID_", "d.KEY_", parameters)
        + " group by d.KEY_, coalesce(t.TENANT_ID_, ''), t.TASK_DEF_KEY_";
    return jdbc.query(sql, parameters, (rs, i) -> new ActiviteitTaken(rs.getString("proces"),
        rs.getString("gemeente"), rs.getString("activiteit"), rs.getLong("open_taken"), moment(rs, "oudste"),
        rs.getString("definitie")));
  }

  /** Open incidents per process, municipality, activity and type, with the message of the newest. */
  public List<Incidenten> incidenten(Bereik bereik) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String groep = "d.KEY_, i.TENANT_ID_, i.ACTIVITY_ID_, i.INCIDENT_TYPE_";
    String sql = "select proces, gemeente, activiteit, soort, melding, aantal, oudste, definitie from ("
        + " select d.KEY_ proces, coalesce(i.TENANT_ID_, '') gemeente, i.ACTIVITY_ID_ activiteit,"
        + " i.INCIDENT_TYPE_ soort, i.INCIDENT_MSG_ melding, i.PROC_DEF_ID_ definitie,"
        + " count(*) over (partition by " + groep + ") aantal,"
        + " min(i.INCIDENT_TIMESTAMP_) over (partition by " + groep + ") oudste,"
        + " row_number() over (partition by " + groep + " order by i.INCIDENT_TIMESTAMP_ desc, i.ID_ desc) rang"
        + " from ACT_RU_INCIDENT i join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_"
        + " where 1 = 1" + bereik.voorwaarden("i.TENANT_ID_", "d.KEY_", parameters)
        + ") x where rang = 1";
    return jdbc.query(sql, parameters, (rs, i) -> new Incidenten(rs.getString("proces"), rs.getString("gemeente"),
        rs.getString("activiteit"), rs.getString("soort"), rs.getString("melding"), rs.getLong("aantal"),
        moment(rs, "oudste"), rs.getString("definitie")));
  }

  private static Instant moment(ResultSet rs, String kolom) throws SQLException {
    Timestamp waarde = rs.getTimestamp(kolom);
    return waarde == null ? null : waarde.toInstant();
  }
}
