package org.scanstation.station.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;

/**
 * Reprints: a new print job for the exact stored label bytes, with its audit entry, in one
 * transaction. Thread-safe.
 */
public final class Reprints {
  /**
   * A queued reprint.
   *
   * @param jobId the new job
   * @param eventId the acceptance
   * @param labelBytes the exact stored bytes
   * @param labelSha256 their SHA-256 as stored
   */
  public record Queued(String jobId, String eventId, byte[] labelBytes, String labelSha256) {}

  private final StationStore store;
  private final Clock clock;

  /** Reprints in {@code store}. */
  public Reprints(StationStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Queues a reprint of an accepted parcel's label; empty when it was never accepted. */
  public Optional<Queued> queue(
      String trackingNumber, String supervisor, String reason, String printer) {
    return store.inTransaction(
        c -> {
          Optional<AcceptanceEvent> a = AcceptanceRows.byTrackingNumber(c, trackingNumber);
          if (a.isEmpty()) {
            return Optional.<Queued>empty();
          }
          String eventId = a.get().eventId().toString();
          byte[] bytes;
          String sha;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT bytes, sha256 FROM label WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              bytes = rs.getBytes(1);
              sha = rs.getString(2);
            }
          }
          String jobId = UUID.randomUUID().toString();
          long now = clock.millis();
          PrintJobRows.insert(
              c, jobId, eventId, PrintJobKind.REPRINT, printer, supervisor, reason, now);
          AuditLog.append(
              c,
              clock.instant(),
              supervisor,
              "REPRINT",
              trackingNumber,
              "job " + jobId + " to " + printer + ": " + reason);
          return Optional.of(new Queued(jobId, eventId, bytes, sha));
        });
  }
}
