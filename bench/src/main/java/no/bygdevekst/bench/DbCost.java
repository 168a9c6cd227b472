package no.bygdevekst.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.bygdevekst.platform.testing.infra.LocalPostgres;

/**
 * What a request costs the database: committed transactions and table scans (index and sequential)
 * of the service's database, from PostgreSQL's statistics, over a number of requests.
 */
final class DbCost {
  private DbCost() {}

  record Counters(long commits, long scans, long rowsFetched) {}

  static Counters read(BenchStack stack, String database) {
    try (Connection c =
            DriverManager.getConnection(stack.jdbcUrl(database), LocalPostgres.USER, "");
        Statement s = c.createStatement()) {
      s.execute("select pg_stat_clear_snapshot()");
      long commits;
      try (ResultSet rs =
          s.executeQuery(
              "select xact_commit from pg_stat_database where datname = current_database()")) {
        rs.next();
        commits = rs.getLong(1);
      }
      try (ResultSet rs =
          s.executeQuery(
              "select coalesce(sum(coalesce(idx_scan, 0) + seq_scan), 0),"
                  + " coalesce(sum(coalesce(idx_tup_fetch, 0) + seq_tup_read), 0)"
                  + " from pg_stat_user_tables")) {
        rs.next();
        return new Counters(commits, rs.getLong(1), rs.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
