package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V6 on a store that already holds outbox entries (written under V5): each keeps its id (the event
 * id), becomes a CREATE, and the acceptance can take a DELETE next to it, but never a second
 * CREATE.
 */
class OutboxKindsMigrationIT {
  private static final String EVENT = UUID.randomUUID().toString();

  @Test
  void entriesWrittenBeforeV6BecomeCreatesAndTheirAcceptanceTakesOneEntryOfEachKind()
      throws SQLException {
    EmbeddedDataSource ds = new EmbeddedDataSource();
    ds.setDatabaseName("memory:v6-" + UUID.randomUUID());
    ds.setCreateDatabase("create");
    flyway(ds, "5");
    try (Connection c = ds.getConnection()) {
      exec(
          c,
          "INSERT INTO acceptance (seq, event_id, tracking_number, station_id, operator_id,"
              + " scanner_id, raw_scan, accepted_at, partner_event_code, prev_hash, hash)"
              + " VALUES (1, '"
              + EVENT
              + "', '9400111899223000000011', 's', 'ana', 's1', 'x', 1,"
              + " '81', '"
              + "0".repeat(64)
              + "', '"
              + "1".repeat(64)
              + "')");
      exec(
          c,
          "INSERT INTO outbox (event_id, tracking_number, payload, status, attempts,"
              + " next_attempt_at, created_at) VALUES ('"
              + EVENT
              + "', '9400111899223000000011',"
              + " '{}', 'PENDING', 0, 1, 1)");
    }
    flyway(ds, "latest");
    try (Connection c = ds.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT entry_id, kind FROM outbox");
          ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1).strip()).isEqualTo(EVENT);
        assertThat(rs.getString(2)).isEqualTo("CREATE");
      }
      exec(c, insert(UUID.randomUUID().toString(), "DELETE"));
      SQLException twice = null;
      try {
        exec(c, insert(UUID.randomUUID().toString(), "CREATE"));
      } catch (SQLException e) {
        twice = e;
      }
      assertThat((Throwable) twice).as("a second CREATE of one acceptance").isNotNull();
      assertThat(twice.getSQLState()).isEqualTo("23505");
    }
  }

  private static String insert(String entryId, String kind) {
    return "INSERT INTO outbox (entry_id, kind, event_id, tracking_number, payload, status,"
        + " attempts, next_attempt_at, created_at) VALUES ('"
        + entryId
        + "', '"
        + kind
        + "', '"
        + EVENT
        + "', '9400111899223000000011', '{}', 'PENDING', 0, 2, 2)";
  }

  private static void flyway(EmbeddedDataSource ds, String target) {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }
}
