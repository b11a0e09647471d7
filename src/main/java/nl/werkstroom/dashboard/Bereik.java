package nl.werkstroom.dashboard;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which rows a runtime query reads: the given municipalities, optionally one process; or, for the
 * Prometheus snapshot only, every municipality. Writes its own SQL conditions, so each query states
 * its restriction the same way.
 */
public record Bereik(List<String> gemeenten, String proces) {

  public Bereik {
    gemeenten = gemeenten == null ? null : List.copyOf(gemeenten);
  }

  /** Everything, for the operators' metrics (never for a person's request). */
  public static Bereik alles() {
    return new Bereik(null, null);
  }

  public static Bereik van(Filter filter) {
    return new Bereik(filter.gemeenten(), filter.proces());
  }

  /** The conditions ({@code and ...}) on a tenant column and a process key column, with their parameters. */
  String voorwaarden(String gemeenteKolom, String procesKolom, MapSqlParameterSource parameters) {
    StringBuilder sql = new StringBuilder();
    if (gemeenten != null && gemeenten.isEmpty()) {
      // "in ()" is not SQL: no municipality means no rows.
      sql.append(" and 1 = 0");
    } else if (gemeenten != null) {
      parameters.addValue("gemeenten", gemeenten);
      sql.append(" and ").append(gemeenteKolom).append(" in (:gemeenten)");
    }
    if (proces != null) {
      parameters.addValue("proces", proces);
      sql.append(" and ").append(procesKolom).append(" = :proces");
    }
    return sql.toString();
  }
}
