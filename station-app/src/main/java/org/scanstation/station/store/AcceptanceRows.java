package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;

/** Reads acceptance rows. Stateless. */
final class AcceptanceRows {
  static final String COLUMNS =
      "event_id, tracking_number, routing_zip, station_id, operator_id, scanner_id, raw_scan,"
          + " accepted_at, partner_event_code, prev_hash, hash, symbology";

  private AcceptanceRows() {}

  static Optional<AcceptanceEvent> byTrackingNumber(Connection c, String trackingNumber)
      throws SQLException {
    return one(
        c, "SELECT " + COLUMNS + " FROM acceptance WHERE tracking_number = ?", trackingNumber);
  }

  static Optional<AcceptanceEvent> byEventId(Connection c, String eventId) throws SQLException {
    return one(c, "SELECT " + COLUMNS + " FROM acceptance WHERE event_id = ?", eventId);
  }

  private static Optional<AcceptanceEvent> one(Connection c, String sql, String key)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /** Acceptances with {@code from <= accepted_at < to}, in chain order. */
  static List<AcceptanceEvent> between(Connection c, Instant from, Instant to) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM acceptance WHERE accepted_at >= ? AND accepted_at < ?"
            + " ORDER BY seq";
    List<AcceptanceEvent> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, from.toEpochMilli());
      ps.setLong(2, to.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
    }
    return out;
  }

  static AcceptanceEvent map(ResultSet rs) throws SQLException {
    return new AcceptanceEvent(
        UUID.fromString(rs.getString("event_id").strip()),
        rs.getString("tracking_number"),
        rs.getString("routing_zip"),
        rs.getString("station_id"),
        rs.getString("operator_id"),
        rs.getString("scanner_id"),
        rs.getString("raw_scan"),
        rs.getString("symbology"),
        Instant.ofEpochMilli(rs.getLong("accepted_at")),
        rs.getString("partner_event_code"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
