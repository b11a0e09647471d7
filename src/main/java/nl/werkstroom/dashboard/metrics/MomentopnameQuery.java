package nl.werkstroom.dashboard.metrics;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.werkstroom.dashboard.Bereik;
import nl.werkstroom.dashboard.RuntimeQueries;
import nl.werkstroom.dashboard.RuntimeQueries.Incidenten;
import nl.werkstroom.dashboard.RuntimeQueries.OpenTaken;
import nl.werkstroom.dashboard.RuntimeQueries.Telling;
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
    Bereik alles = Bereik.alles();
    Map<Labels, Long> lopend = new HashMap<>();
    for (Telling telling : runtime.lopend(alles)) {
      lopend.put(new Labels(telling.proces(), telling.gemeente()), telling.aantal());
    }
    Map<Labels, Long> open = new HashMap<>();
    Map<Labels, Long> teLaat = new HashMap<>();
    for (OpenTaken taken : runtime.openTaken(alles, nu)) {
      Labels labels = new Labels(taken.proces(), taken.gemeente());
      open.put(labels, taken.open());
      teLaat.put(labels, taken.teLaat());
    }
    Map<Labels, Long> incidenten = new HashMap<>();
    for (Incidenten groep : runtime.incidenten(alles)) {
      incidenten.merge(new Labels(groep.proces(), groep.gemeente()), groep.aantal(), Long::sum);
    }
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
