package nl.werkstroom.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkstroom.dashboard.rollup.Meting;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the figures the rollup keeps ({@code ws_dash_gestart}, {@code ws_dash_duur}): sums per
 * week and histograms, never single instances, so a query costs the same at 200,000 instances as at
 * ten. Plain SQL that H2 and PostgreSQL both run.
 */
@Component
public class RollupQueries {

  private final NamedParameterJdbcTemplate jdbc;

  RollupQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A count for one process, municipality and week. */
  public record WeekTelling(String proces, String gemeente, LocalDate week, long aantal) {
  }

  /** What a histogram belongs to: process, municipality and part (activity id; '' for the instance). */
  public record Onderdeel(String proces, String gemeente, String onderdeel) {
  }

  /** Instances started per week in the filter's period. */
  public List<WeekTelling> gestart(Filter filter) {
    MapSqlParameterSource parameters = periode(filter);
    String sql = "select proces_sleutel, gemeente, week, sum(aantal) aantal from ws_dash_gestart"
        + " where week between :eerste and :laatste"
        + Bereik.van(filter).voorwaarden("gemeente", "proces_sleutel", parameters)
        + " group by proces_sleutel, gemeente, week";
    return jdbc.query(sql, parameters, (rs, i) -> new WeekTelling(rs.getString("proces_sleutel"),
        rs.getString("gemeente"), rs.getObject("week", LocalDate.class), rs.getLong("aantal")));
  }

  /** Instances ended per week in the filter's period. */
  public List<WeekTelling> afgerond(Filter filter) {
    MapSqlParameterSource parameters = periode(filter).addValue("meting", Meting.AFGEROND.code());
    String sql = "select proces_sleutel, gemeente, week, sum(aantal) aantal from ws_dash_duur"
        + " where meting = :meting and week between :eerste and :laatste"
        + Bereik.van(filter).voorwaarden("gemeente", "proces_sleutel", parameters)
        + " group by proces_sleutel, gemeente, week";
    return jdbc.query(sql, parameters, (rs, i) -> new WeekTelling(rs.getString("proces_sleutel"),
        rs.getString("gemeente"), rs.getObject("week", LocalDate.class), rs.getLong("aantal")));
  }

  /** The durations of one measure in the filter's period, as a histogram per process, municipality and part. */
  public Map<Onderdeel, Histogram> histogrammen(Filter filter, Meting meting) {
    MapSqlParameterSource parameters = periode(filter).addValue("meting", meting.code());
    String sql = "select proces_sleutel, gemeente, onderdeel, duur_uren, op_tijd, sum(aantal) aantal"
        + " from ws_dash_duur where meting = :meting and week between :eerste and :laatste"
        + Bereik.van(filter).voorwaarden("gemeente", "proces_sleutel", parameters)
        + " group by proces_sleutel, gemeente, onderdeel, duur_uren, op_tijd";
    Map<Onderdeel, Histogram> histogrammen = new HashMap<>();
    jdbc.query(sql, parameters, rs -> {
      Onderdeel onderdeel = new Onderdeel(rs.getString("proces_sleutel"), rs.getString("gemeente"),
          rs.getString("onderdeel"));
      histogrammen.computeIfAbsent(onderdeel, o -> new Histogram())
          .tel(rs.getInt("duur_uren"), rs.getInt("op_tijd"), rs.getLong("aantal"));
    });
    return histogrammen;
  }

  private static MapSqlParameterSource periode(Filter filter) {
    return new MapSqlParameterSource()
        .addValue("eerste", filter.periode().eersteWeek())
        .addValue("laatste", filter.periode().laatsteWeek());
  }
}
