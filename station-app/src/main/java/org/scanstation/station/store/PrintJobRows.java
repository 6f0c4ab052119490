package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes print job rows. Stateless. */
final class PrintJobRows {
  private PrintJobRows() {}

  static void insert(
      Connection c,
      String jobId,
      String eventId,
      String kind,
      String printer,
      String requestedBy,
      String reason,
      long now)
      throws SQLException {
    String sql =
        "INSERT INTO print_job (job_id, event_id, kind, printer, status, attempts, requested_by,"
            + " reason, created_at, updated_at) VALUES (?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, jobId);
      ps.setString(2, eventId);
      ps.setString(3, kind);
      ps.setString(4, printer);
      ps.setString(5, requestedBy);
      ps.setString(6, reason);
      ps.setLong(7, now);
      ps.setLong(8, now);
      ps.executeUpdate();
    }
  }
}
