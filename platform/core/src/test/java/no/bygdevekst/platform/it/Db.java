package no.bygdevekst.platform.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC against the application's database, to check what a request left behind. */
final class Db {
  private Db() {}

  static Connection connect() throws SQLException {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    return DriverManager.getConnection(url, "postgres", "");
  }

  static void execute(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        q.setObject(i + 1, args[i]);
      }
      q.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(String sql, Object... args) {
    List<Object[]> rows = query(sql, args);
    return ((Number) rows.get(0)[0]).longValue();
  }

  static int update(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        q.setObject(i + 1, args[i]);
      }
      return q.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Object[]> query(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        q.setObject(i + 1, args[i]);
      }
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = rs.getObject(i + 1);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
