package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.scanstation.station.domain.acceptance.VoidEvent;

/** Reads and writes void links (table ACCEPTANCE_VOID). Stateless. */
final class VoidRows {
  static final String COLUMNS =
      "seq, event_id, voids_event_id, tracking_number, actor, reason, voided_at, prev_hash, hash";

  private VoidRows() {}

  static Optional<VoidEvent> byTrackingNumber(Connection c, String trackingNumber)
      throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM acceptance_void WHERE tracking_number = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, trackingNumber);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  static void insert(Connection c, VoidEvent v) throws SQLException {
    String sql = "INSERT INTO acceptance_void (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, v.seq());
      ps.setString(2, v.eventId().toString());
      ps.setString(3, v.voidsEventId().toString());
      ps.setString(4, v.trackingNumber());
      ps.setString(5, v.actor());
      ps.setString(6, v.reason());
      ps.setLong(7, v.voidedAt().toEpochMilli());
      ps.setString(8, v.prevHash());
      ps.setString(9, v.hash());
      ps.executeUpdate();
    }
  }

  static VoidEvent map(ResultSet rs) throws SQLException {
    return new VoidEvent(
        rs.getLong("seq"),
        UUID.fromString(rs.getString("event_id").strip()),
        UUID.fromString(rs.getString("voids_event_id").strip()),
        rs.getString("tracking_number"),
        rs.getString("actor"),
        rs.getString("reason"),
        Instant.ofEpochMilli(rs.getLong("voided_at")),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
