package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The print jobs the station still has to print, and their progress as the printer reports it.
 * Statuses are {@link PrintJobStatus}, stored by name. Thread-safe: each call is one statement or
 * query.
 */
public final class PrintJobs {

  /**
   * A print job with what it takes to print it.
   *
   * @param jobId the job
   * @param trackingNumber its parcel
   * @param kind first print or reprint
   * @param printer the printer id or URI it goes to
   * @param status its status
   * @param attempts how often its bytes were sent
   * @param odometerBefore the print meter read before the last send, or -1
   * @param bytes the exact stored label bytes
   * @param labelLanguage the language the stored bytes are in (e.g. {@code ZPL})
   * @param labelDpi the resolution they were rendered for
   * @param labelModel the stored label model (JSON), to render it again in another language
   */
  public record Pending(
      String jobId,
      String trackingNumber,
      PrintJobKind kind,
      String printer,
      PrintJobStatus status,
      int attempts,
      long odometerBefore,
      byte[] bytes,
      String labelLanguage,
      int labelDpi,
      String labelModel) {}

  private static final String SELECT =
      "SELECT j.job_id, a.tracking_number, j.kind, j.printer, j.status, j.attempts,"
          + " j.odometer_before, l.bytes, l.language, l.dpi, l.model_json FROM print_job j"
          + " JOIN acceptance a ON a.event_id = j.event_id"
          + " JOIN label l ON l.event_id = j.event_id";

  private final StationStore store;

  /** Print jobs in {@code store}. */
  public PrintJobs(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Why the store cannot record a job's progress now, when that is known without trying. */
  public Optional<String> unavailable() {
    return store.unavailable();
  }

  /** The job with this id, whatever its status. */
  public Optional<Pending> find(String jobId) {
    return store.read(c -> find(c, jobId));
  }

  private static Optional<Pending> find(Connection c, String jobId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE j.job_id = ?")) {
      ps.setString(1, jobId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  private static Pending row(ResultSet rs) throws SQLException {
    long odometer = rs.getLong(7);
    if (rs.wasNull()) {
      odometer = -1; // never read: not 0, which would claim a reading
    }
    return new Pending(
        rs.getString(1),
        rs.getString(2),
        PrintJobKind.fromDb(rs.getString(3)),
        rs.getString(4),
        PrintJobStatus.fromDb(rs.getString(5)),
        rs.getInt(6),
        odometer,
        rs.getBytes(8),
        rs.getString(9).strip(),
        rs.getInt(10),
        rs.getString(11));
  }

  /** The ids of every unfinished job, oldest first. */
  public List<String> unfinishedIds() {
    return store.read(
        c -> {
          String sql =
              "SELECT j.job_id FROM print_job j JOIN acceptance a ON a.event_id = j.event_id"
                  + " WHERE j.status IN "
                  + PrintJobStatus.unfinishedSql()
                  + " ORDER BY j.created_at, a.seq, j.job_id";
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
        });
  }

  /**
   * Records a job's progress; a null {@code lastError} clears it. Never touches a PRINTED or FAILED
   * job again.
   *
   * @param odometerBefore the print meter read before a new send (-1: the printer has none), or
   *     null to keep the stored reading
   * @return whether a row changed
   * @throws org.scanstation.station.StoreUnavailableException when the store cannot write
   */
  public boolean update(
      String jobId,
      PrintJobStatus status,
      int attempts,
      String lastError,
      Long odometerBefore,
      Instant at) {
    String sql =
        "UPDATE print_job SET status = ?, attempts = ?, last_error = ?, updated_at = ?"
            + (odometerBefore == null ? "" : ", odometer_before = ?")
            + " WHERE job_id = ? AND status IN "
            + PrintJobStatus.unfinishedSql();
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, status, attempts, lastError, odometerBefore, at);
            ps.setString(odometerBefore == null ? 5 : 6, jobId);
            return ps.executeUpdate() == 1;
          }
        });
  }

  private static void bind(
      PreparedStatement ps,
      PrintJobStatus status,
      int attempts,
      String lastError,
      Long odometerBefore,
      Instant at)
      throws SQLException {
    ps.setString(1, status.name());
    ps.setInt(2, attempts);
    if (lastError == null) {
      ps.setNull(3, Types.VARCHAR);
    } else {
      ps.setString(3, lastError.length() > 1000 ? lastError.substring(0, 1000) : lastError);
    }
    ps.setLong(4, at.toEpochMilli());
    if (odometerBefore != null && odometerBefore < 0) {
      ps.setNull(5, Types.BIGINT);
    } else if (odometerBefore != null) {
      ps.setLong(5, odometerBefore);
    }
  }
}
