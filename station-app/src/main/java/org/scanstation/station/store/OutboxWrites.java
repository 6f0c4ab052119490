package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.scanstation.station.api.OutboxAction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbox writes that belong to a supervisor action's transaction: withdrawing a create that was
 * never tried, and queueing a delete or a completion behind the parcel's earlier entries.
 * Stateless.
 */
final class OutboxWrites {
  private OutboxWrites() {}

  /**
   * Cancels the acceptance's create when the backend cannot have it: still PENDING, not leased by a
   * sync job and never tried (a tried create may have reached the backend although its answer was
   * lost), or QUARANTINED (the backend refused it). Row locks make this and a sync job's claim
   * exclusive.
   *
   * @return whether it was withdrawn
   */
  static boolean withdrawCreate(Connection c, String eventId, String why, long now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE outbox SET status = 'CANCELLED', last_error = ? WHERE event_id = ?"
                + " AND kind = 'CREATE' AND (status = 'QUARANTINED' OR (status = 'PENDING'"
                + " AND attempts = 0 AND (lease_until IS NULL OR lease_until < ?)))")) {
      ps.setString(1, why.length() <= 1000 ? why : why.substring(0, 1000));
      ps.setString(2, eventId);
      ps.setLong(3, now);
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Queues an entry after every earlier entry of the parcel ({@link Outbox} keeps a parcel's
   * entries in created order, so it goes only after those were delivered).
   */
  static void enqueue(
      Connection c,
      String entryId,
      Outbox.Kind kind,
      String eventId,
      String number,
      OutboxAction action,
      long now)
      throws SQLException {
    long after = latestCreatedAt(c, number);
    long at = Math.max(now, after + 1);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO outbox (entry_id, kind, event_id, tracking_number, payload, status,"
                + " attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
      ps.setString(1, entryId);
      ps.setString(2, kind.name());
      ps.setString(3, eventId);
      ps.setString(4, number);
      ps.setString(5, JsonMapper.shared().writeValueAsString(action));
      ps.setLong(6, at);
      ps.setLong(7, at);
      ps.executeUpdate();
    }
  }

  /** The carrier slug the acceptance's create was sent with; {@code usps} when it is purged. */
  static String slug(Connection c, String eventId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT payload FROM outbox WHERE event_id = ? AND kind = 'CREATE'")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          JsonNode slug = JsonMapper.shared().readTree(rs.getString(1)).path("slug");
          if (slug.isString() && !slug.asString().isBlank()) {
            return slug.asString();
          }
        }
      }
    }
    return "usps";
  }

  /** Whether the acceptance has an entry of {@code kind}. */
  static boolean has(Connection c, String eventId, Outbox.Kind kind) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM outbox WHERE event_id = ? AND kind = ?")) {
      ps.setString(1, eventId);
      ps.setString(2, kind.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static long latestCreatedAt(Connection c, String number) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT MAX(created_at) FROM outbox WHERE tracking_number = ?")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1); // 0 when none: NULL reads as 0
      }
    }
  }
}
