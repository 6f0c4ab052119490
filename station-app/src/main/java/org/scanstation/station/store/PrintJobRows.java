package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes print job rows; a new job is always {@link PrintJobStatus#QUEUED}. Stateless. */
final class PrintJobRows {
  private PrintJobRows() {}

  static void insert(
      Connection c,
      String jobId,
      String eventId,
      PrintJobKind kind,
      String printer,
      String requestedBy,
      String reason,
      long now)
      throws SQLException {
    String sql =
        "INSERT INTO print_job (job_id, event_id, kind, printer, status, attempts, requested_by,"
            + " reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, jobId);
      ps.setString(2, eventId);
      ps.setString(3, kind.name());
      ps.setString(4, printer);
      ps.setString(5, PrintJobStatus.QUEUED.name());
      ps.setString(6, requestedBy);
      ps.setString(7, reason);
      ps.setLong(8, now);
      ps.setLong(9, now);
      ps.executeUpdate();
    }
  }
}
