package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox: what the tracking backend must still receive. The sync job claims due entries with a
 * lease in a short transaction, calls the backend with no transaction open, then marks each result.
 * An expired lease (the claimer died) makes an entry claimable again. Entries of one parcel are
 * claimed oldest first, one at a time, and a failing entry never blocks the others' parcels: so a
 * void's DELETE goes only after its parcel's CREATE was delivered, and waits while that CREATE is
 * quarantined. Thread-safe.
 */
public final class Outbox {
  /** Entry states. */
  public enum Status {
    PENDING,
    DELIVERED,
    QUARANTINED,
    /** Withdrawn before any call was made (a void came first): it is never sent. */
    CANCELLED
  }

  /** What an entry asks of the backend. The text is stored: renaming needs a migration. */
  public enum Kind {
    /** Create the tracking of an acceptance. */
    CREATE,
    /** Delete it again: the acceptance was voided after the create may have reached the backend. */
    DELETE,
    /** Mark it completed (DELIVERED, LOST or RETURNED_TO_SENDER), a supervisor's decision. */
    COMPLETE
  }

  /**
   * A claimed entry.
   *
   * @param entryId the entry (for a create: the acceptance's event id, the idempotency key)
   * @param kind what it asks of the backend
   * @param eventId the acceptance it belongs to
   * @param trackingNumber the parcel
   * @param payload what the backend must receive (JSON: {@link
   *     org.scanstation.station.api.OutboxPayload} for a create, {@link
   *     org.scanstation.station.api.OutboxAction} otherwise)
   * @param attempts failed attempts so far
   * @param backendId the backend's id of the parcel's tracking, when known
   * @param chainHash the hex hash of the acceptance's link in the station's hash chain (a delete or
   *     a completion carries its acceptance's), read with the claim
   */
  public record Entry(
      String entryId,
      Kind kind,
      String eventId,
      String trackingNumber,
      String payload,
      int attempts,
      String backendId,
      String chainHash) {}

  /**
   * One entry as shown to people.
   *
   * @param eventId the entry's id (for a create, the acceptance's event id)
   * @param kind what it asks of the backend
   * @param trackingNumber parcel
   * @param status status
   * @param attempts failed attempts
   * @param nextAttemptAt when it is due
   * @param lastError last error, or null
   * @param createdAt when it was written
   */
  public record View(
      String eventId,
      Kind kind,
      String trackingNumber,
      Status status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt) {}

  /**
   * Backlog figures.
   *
   * @param pending entries not yet delivered or quarantined
   * @param quarantined entries waiting for a person
   * @param delivered delivered entries still kept
   * @param oldestPending when the oldest pending entry was written, or null
   */
  public record Stats(long pending, long quarantined, long delivered, Instant oldestPending) {}

  private final StationStore store;
  private final Clock clock;

  /** The outbox in {@code store}. */
  public Outbox(StationStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Claims up to {@code max} due entries for {@code owner} until {@code lease} from now. */
  public List<Entry> claim(int max, String owner, Duration lease) {
    long now = clock.millis();
    return store.inTransaction(
        c -> {
          List<Entry> due = due(c, now, max);
          List<Entry> claimed = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE outbox SET lease_owner = ?,"
                      + " lease_until = ? WHERE entry_id = ? AND status = 'PENDING'")) {
            for (Entry e : due) {
              ps.setString(1, owner);
              ps.setLong(2, now + lease.toMillis());
              ps.setString(3, e.entryId());
              // an entry a void cancelled since the query is not ours to send
              if (ps.executeUpdate() == 1) {
                claimed.add(e);
              }
            }
          }
          return claimed;
        });
  }

  private static List<Entry> due(Connection c, long now, int max) throws SQLException {
    // Per parcel only its oldest undelivered entry is due, so a parcel's events stay in order.
    String sql =
        "SELECT o.entry_id, o.kind, o.event_id, o.tracking_number, o.payload, o.attempts,"
            + " COALESCE(cs.backend_id, (SELECT k.backend_id FROM outbox k"
            + " WHERE k.event_id = o.event_id AND k.kind = 'CREATE')), a.hash FROM outbox o"
            + " LEFT JOIN carrier_status cs ON cs.tracking_number = o.tracking_number"
            // the sinks that carry the chain hash get it here, not by a query per entry
            + " LEFT JOIN acceptance a ON a.event_id = o.event_id"
            + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= ?"
            + " AND (o.lease_until IS NULL OR o.lease_until < ?)"
            + " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.tracking_number = o.tracking_number"
            + " AND p.status IN ('PENDING', 'QUARANTINED') AND p.created_at < o.created_at)"
            + " ORDER BY o.next_attempt_at FETCH FIRST ? ROWS ONLY";
    List<Entry> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, now);
      ps.setLong(2, now);
      ps.setInt(3, max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Entry(
                  rs.getString(1).strip(),
                  Kind.valueOf(rs.getString(2)),
                  rs.getString(3).strip(),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getString(7),
                  rs.getString(8)));
        }
      }
    }
    return out;
  }

  /**
   * Frees every lease. Only for a process that has just opened the store: one process owns a store,
   * so any lease found then belongs to a process that died.
   *
   * @return how many were freed
   */
  public int releaseStaleLeases() {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE outbox SET lease_owner = NULL,"
                      + " lease_until = NULL WHERE lease_owner IS NOT NULL")) {
            return ps.executeUpdate();
          }
        });
  }

  /**
   * The backend has it. A create's backend id is also written to the parcel's carrier status in the
   * same transaction, so later deletes and completions (and the read-back) need no lookup.
   */
  public void delivered(String entryId, String backendId) {
    long now = clock.millis();
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE outbox SET status = 'DELIVERED', delivered_at = ?, backend_id = ?,"
                      + " lease_owner = NULL, lease_until = NULL, last_error = NULL"
                      + " WHERE entry_id = ?")) {
            ps.setLong(1, now);
            ps.setString(2, backendId);
            ps.setString(3, entryId);
            ps.executeUpdate();
          }
          if (backendId != null) {
            CarrierMarks.createDelivered(c, entryId, backendId, now);
          }
          return null;
        });
  }

  /** Try again at {@code when}; {@code counted} says whether this was a failed attempt. */
  public void retryAt(String eventId, Instant when, String error, boolean counted) {
    update(
        "UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempts = attempts + "
            + (counted ? 1 : 0)
            + ", lease_owner = NULL, lease_until = NULL WHERE entry_id = ?",
        when.toEpochMilli(),
        cut(error),
        eventId);
  }

  /** A person must look; not retried automatically. */
  public void quarantine(String eventId, String error) {
    update(
        "UPDATE outbox SET status = 'QUARANTINED', last_error = ?, attempts = attempts + 1,"
            + " lease_owner = NULL, lease_until = NULL WHERE entry_id = ?",
        cut(error),
        eventId);
  }

  /** Makes a quarantined (or waiting) entry due now; false when there is no such entry. */
  public boolean retry(String eventId, String actor) {
    long now = clock.millis();
    return store.inTransaction(
        c -> {
          int n;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE outbox SET status = 'PENDING',"
                      + " next_attempt_at = ?, lease_until = NULL WHERE entry_id = ?"
                      + " AND status IN ('PENDING', 'QUARANTINED')")) {
            ps.setLong(1, now);
            ps.setString(2, eventId);
            n = ps.executeUpdate();
          }
          if (n > 0) {
            AuditLog.append(c, clock.instant(), actor, "SYNC_RETRY", null, "outbox " + eventId);
          }
          return n > 0;
        });
  }

  /** Makes every quarantined or waiting entry due now; returns how many. */
  public int retryAll(String actor) {
    long now = clock.millis();
    return store.inTransaction(
        c -> {
          int n;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE outbox SET status = 'PENDING',"
                      + " next_attempt_at = ?, lease_until = NULL"
                      + " WHERE status IN ('PENDING', 'QUARANTINED')")) {
            ps.setLong(1, now);
            n = ps.executeUpdate();
          }
          AuditLog.append(c, clock.instant(), actor, "SYNC_RETRY_ALL", null, n + " entries");
          return n;
        });
  }

  /** Deletes up to {@code batch} delivered entries older than {@code keep}; returns how many. */
  public int purgeDelivered(Duration keep, int batch) {
    long before = clock.millis() - keep.toMillis();
    return store.inTransaction(
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT entry_id FROM outbox WHERE"
                      + " status = 'DELIVERED' AND delivered_at < ? FETCH FIRST ? ROWS ONLY")) {
            ps.setLong(1, before);
            ps.setInt(2, batch);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
          }
          try (PreparedStatement del =
              c.prepareStatement("DELETE FROM outbox WHERE entry_id = ?")) {
            for (String id : ids) {
              del.setString(1, id);
              del.addBatch();
            }
            del.executeBatch();
          }
          return ids.size();
        });
  }

  /** Why the store cannot record a delivery now, when that is known without trying. */
  public Optional<String> unavailable() {
    return store.unavailable();
  }

  /** Backlog figures. */
  public Stats stats() {
    return store.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT status, COUNT(*), MIN(created_at)" + " FROM outbox GROUP BY status");
              ResultSet rs = ps.executeQuery()) {
            long pending = 0;
            long quarantined = 0;
            long delivered = 0;
            Instant oldest = null;
            while (rs.next()) {
              switch (Status.valueOf(rs.getString(1))) {
                case PENDING -> {
                  pending = rs.getLong(2);
                  oldest = Instant.ofEpochMilli(rs.getLong(3));
                }
                case QUARANTINED -> quarantined = rs.getLong(2);
                case DELIVERED -> delivered = rs.getLong(2);
                case CANCELLED -> {
                  // never sent and never will be: not backlog
                }
              }
            }
            return new Stats(pending, quarantined, delivered, oldest);
          }
        });
  }

  /** Entries with {@code status} (all when null), oldest first, at most {@code limit}. */
  public List<View> list(Status status, int limit) {
    String sql =
        "SELECT entry_id, kind, tracking_number, status, attempts, next_attempt_at,"
            + " last_error, created_at FROM outbox"
            + (status == null ? "" : " WHERE status = ?")
            + " ORDER BY created_at FETCH FIRST ? ROWS ONLY";
    return store.read(
        c -> {
          List<View> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (status != null) {
              ps.setString(i++, status.name());
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(view(rs));
              }
            }
          }
          return out;
        });
  }

  /** The entry with this id (for a create, the acceptance's event id), if any. */
  public Optional<View> find(String eventId) {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT entry_id, kind, tracking_number, status, attempts,"
                      + " next_attempt_at, last_error, created_at FROM outbox WHERE entry_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(view(rs)) : Optional.<View>empty();
            }
          }
        });
  }

  private static View view(ResultSet rs) throws SQLException {
    return new View(
        rs.getString(1).strip(),
        Kind.valueOf(rs.getString(2)),
        rs.getString(3),
        Status.valueOf(rs.getString(4)),
        rs.getInt(5),
        Instant.ofEpochMilli(rs.getLong(6)),
        rs.getString(7),
        Instant.ofEpochMilli(rs.getLong(8)));
  }

  private void update(String sql, Object... args) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
          }
        });
  }

  private static String cut(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
  }
}
