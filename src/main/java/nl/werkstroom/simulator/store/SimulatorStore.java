package nl.werkstroom.simulator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the simulators' resources (zaken, persons, accounts, mails ...) as JSON documents in the
 * application's database, so a simulator behaves like a real service across restarts. A resource
 * is found by its id or by one lookup key the simulator chooses (an identificatie, a userName).
 */
@Component
@ConditionalOnProperty("werkstroom.simulators.enabled")
public class SimulatorStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public SimulatorStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Transactional
  public void put(String system, String collection, String id, String lookupKey, Object resource) {
    String body = write(resource);
    int updated = jdbc.sql("""
            UPDATE ws_simulator_resource SET lookup_key = ?, body = ?
            WHERE system = ? AND collection = ? AND id = ?""")
        .params(lookupKey, body, system, collection, id)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO ws_simulator_resource (system, collection, id, lookup_key, body, created_at)
              VALUES (?, ?, ?, ?, ?, ?)""")
          .params(system, collection, id, lookupKey, body, Timestamp.from(Instant.now()))
          .update();
    }
  }

  public <T> Optional<T> get(String system, String collection, String id, Class<T> type) {
    return jdbc.sql("SELECT body FROM ws_simulator_resource WHERE system = ? AND collection = ? AND id = ?")
        .params(system, collection, id)
        .query((rs, row) -> read(rs.getString(1), type))
        .optional();
  }

  public <T> List<T> findByLookupKey(String system, String collection, String lookupKey, Class<T> type) {
    return jdbc.sql("""
            SELECT body FROM ws_simulator_resource
            WHERE system = ? AND collection = ? AND lookup_key = ? ORDER BY created_at, id""")
        .params(system, collection, lookupKey)
        .query((rs, row) -> read(rs.getString(1), type))
        .list();
  }

  /** All resources of a collection, oldest first. Simulators page or filter these themselves. */
  public <T> List<T> list(String system, String collection, Class<T> type) {
    return jdbc.sql("SELECT body FROM ws_simulator_resource WHERE system = ? AND collection = ? ORDER BY created_at, id")
        .params(system, collection)
        .query((rs, row) -> read(rs.getString(1), type))
        .list();
  }

  public long count(String system, String collection) {
    return jdbc.sql("SELECT COUNT(*) FROM ws_simulator_resource WHERE system = ? AND collection = ?")
        .params(system, collection)
        .query(Long.class)
        .single();
  }

  public boolean delete(String system, String collection, String id) {
    return jdbc.sql("DELETE FROM ws_simulator_resource WHERE system = ? AND collection = ? AND id = ?")
        .params(system, collection, id)
        .update() > 0;
  }

  private String write(Object resource) {
    try {
      return json.writeValueAsString(resource);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot store simulator resource", e);
    }
  }

  private <T> T read(String body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored simulator resource cannot be read as " + type.getSimpleName(), e);
    }
  }
}
