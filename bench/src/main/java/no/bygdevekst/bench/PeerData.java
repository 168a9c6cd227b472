package no.bygdevekst.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import no.bygdevekst.platform.testing.infra.LocalPostgres;

/** The peer's table and its one row of ten fields, which the peer reads by primary key. */
final class PeerData {
  /** The row's primary key: the peer answers {@code GET /items/1}. */
  static final long ID = 1;

  private PeerData() {}

  static void create(String jdbcUrl) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, "");
        Statement s = c.createStatement()) {
      s.execute(
          "create table if not exists item ("
              + " id bigint primary key,"
              + " title varchar(200) not null,"
              + " description varchar(2000) not null,"
              + " category varchar(50) not null,"
              + " municipality_number varchar(4) not null,"
              + " amount_ore bigint not null,"
              + " quantity integer not null,"
              + " active boolean not null,"
              + " valid_from date not null,"
              + " updated_at timestamptz not null)");
      s.execute(
          "insert into item values ("
              + ID
              + ", 'Næringshage i Vestre Varanger',"
              + " 'Et felles kontorfellesskap for små bedrifter i kommunene langs fjorden',"
              + " 'næring', '5636', 1250000000, 12, true, date '2025-01-01', now())"
              + " on conflict (id) do nothing");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the peer's row", e);
    }
  }
}
