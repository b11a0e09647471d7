package nl.werkstroom.dashboard.metrics;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.werkstroom.dashboard.Bereik;
import nl.werkstroom.dashboard.RuntimeQueries;
import nl.werkstroom.dashboard.metrics.Momentopname.Afgerond;
import nl.werkstroom.dashboard.rollup.Meting;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a {@link Momentopname} for the operators: the dashboard's own aggregate queries over every
 * tenant (operators watch the installation, not a municipality), plus the all-time totals of
 * completed instances from the rollup. Five grouped queries per refresh, whatever the volume.
 */
@Component
class MomentopnameQuery {

  private final RuntimeQueries runtime;
  private final NamedParameterJdbcTemplate jdbc;

  MomentopnameQuery(RuntimeQueries runtime, NamedParameterJdbcTemplate jdbc) {
    this.runtime = runtime;
    this.jdbc = jdbc;
  }

  Momentopname maak(Instant nu) {
    Map<Labels, Long> lopend = new HashMap<>();
    Map<Labels, Long> open = new HashMap<>();
    Map<Labels, Long> teLaat = new HashMap<>();
    Map<Labels, Long> incidenten = new HashMap<>();
    // A series exists where there is something of its kind, as in the queries' own rows.
    runtime.openWerk(Bereik.alles(), nu).forEach((waar, werk) -> {
      Labels labels = new Labels(waar.proces(), waar.gemeente());
      if (werk.lopend() > 0) {
        lopend.put(labels, werk.lopend());
      }
      if (werk.openTaken() > 0) {
        open.put(labels, werk.openTaken());
        teLaat.put(labels, werk.teLaat());
      }
      if (werk.incidenten() > 0) {
        incidenten.put(labels, werk.incidenten());
      }
    });
    return new Momentopname(lopend, open, teLaat, incidenten, afgerond());
  }

  private Map<Labels, Afgerond> afgerond() {
    Map<Labels, Afgerond> afgerond = new HashMap<>();
    jdbc.query("select proces_sleutel, gemeente, sum(aantal) aantal, sum(duur_ms_som) duur_ms_som"
            + " from ws_dash_duur where meting = :meting group by proces_sleutel, gemeente",
        new MapSqlParameterSource("meting", Meting.AFGEROND.code()),
        rs -> {
          afgerond.put(new Labels(rs.getString("proces_sleutel"), rs.getString("gemeente")),
              new Afgerond(rs.getLong("aantal"), rs.getLong("duur_ms_som")));
        });
    return afgerond;
  }
}
