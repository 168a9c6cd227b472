package no.bygdevekst.platform.testing.malformed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.bygdevekst.platform.testing.infra.LocalPostgres;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The number of rows in every table of the service's own database: the aggregates, the outbox, the
 * audit trail, the idempotency keys, the read models. Equal counts before and after a refused
 * request mean it wrote nothing (rows are appended, never replaced, in all of them but the read
 * models, which only events change).
 */
final class TableCounts {
  private TableCounts() {}

  static Map<String, Long> now() {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    try (Connection c = DriverManager.getConnection(url, LocalPostgres.USER, "");
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select table_name from information_schema.tables where table_schema ="
                  + " current_schema() and table_type = 'BASE TABLE'"
                  + " and table_name <> 'flyway_schema_history' order by table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      Map<String, Long> counts = new TreeMap<>();
      if (tables.isEmpty()) {
        return counts;
      }
      String query =
          tables.stream()
              .map(t -> "select '" + t + "', count(*) from \"" + t + "\"")
              .collect(Collectors.joining(" union all "));
      try (ResultSet rs = s.executeQuery(query)) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the rows of the service's tables", e);
    }
  }

  /** The tables whose count differs, as {@code table: before -> after}. */
  static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Long> table : after.entrySet()) {
      Long was = before.getOrDefault(table.getKey(), 0L);
      if (!was.equals(table.getValue())) {
        changed.add(table.getKey() + ": " + was + " -> " + table.getValue());
      }
    }
    return changed;
  }

  /** Counts once nothing has changed for {@code quietMillis} (at most 20 s). */
  static Map<String, Long> whenQuiet(long quietMillis) {
    Map<String, Long> last = now();
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      sleep(quietMillis);
      Map<String, Long> next = now();
      if (next.equals(last)) {
        return next;
      }
      last = next;
    }
    return last;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
