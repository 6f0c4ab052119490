package org.scanstation.station.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.StationStore;

/**
 * Writes a benchmark's backlog straight into a scratch store, in batches: acceptances with their
 * pending create in the outbox and their carrier status row. The rows are what the station writes
 * on an acceptance, minus the label and a real hash chain, which no benchmark here reads. Scratch
 * stores only.
 */
final class Backlog {
  private static final String ACCEPTANCE =
      "INSERT INTO acceptance (seq, event_id, tracking_number, station_id,"
          + " operator_id, scanner_id, raw_scan, accepted_at, partner_event_code, prev_hash, hash)"
          + " VALUES (?, ?, ?, 'bench', 'bench', 'bench', ?, ?, '81', ?, ?)";
  private static final String OUTBOX =
      "INSERT INTO outbox (entry_id, kind, event_id, tracking_number, payload, status, attempts,"
          + " next_attempt_at, created_at) VALUES (?, 'CREATE', ?, ?, ?, 'PENDING', 0, ?, ?)";
  // Not due until the benchmark says so (makeDue): what it measures decides when reads start.
  private static final String WATCHED =
      "INSERT INTO carrier_status (tracking_number, state, checks, retracks, next_check_at)"
          + " VALUES (?, 'WATCHING', 0, 0, "
          + Long.MAX_VALUE
          + ")";
  private static final String ZEROS = "0".repeat(64);

  private Backlog() {}

  /** The tracking number of the {@code i}-th parcel of a backlog (i from 1). */
  static String trackingNumber(long i) {
    return Mod10.withCheckDigit(String.format("9400111899%011d", i));
  }

  /**
   * Adds parcels {@code from..to} (inclusive; their order in the outbox), each accepted an hour ago
   * (the read-back treats it as a parcel in its first day) with its pending create and its carrier
   * status row, as an acceptance writes them, but not due for the read-back before {@link
   * #makeDue}.
   */
  static void fill(StationStore store, long from, long to) throws SQLException {
    long accepted =
        Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
    try (Connection c = store.connection()) {
      c.setAutoCommit(false);
      try (PreparedStatement a = c.prepareStatement(ACCEPTANCE);
          PreparedStatement o = c.prepareStatement(OUTBOX);
          PreparedStatement w = c.prepareStatement(WATCHED)) {
        for (long i = from; i <= to; i++) {
          add(a, o, i, accepted + i);
          w.setString(1, trackingNumber(i));
          w.addBatch();
          if (i % 1000 == 0 || i == to) {
            a.executeBatch();
            o.executeBatch();
            w.executeBatch();
            c.commit();
          }
        }
      }
    }
  }

  private static void add(PreparedStatement a, PreparedStatement o, long i, long acceptedAt)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    String tn = trackingNumber(i);
    a.setLong(1, i);
    a.setString(2, id);
    a.setString(3, tn);
    a.setString(4, tn);
    a.setLong(5, acceptedAt);
    a.setString(6, ZEROS);
    a.setString(7, ZEROS);
    a.addBatch();
    o.setString(1, id);
    o.setString(2, id);
    o.setString(3, tn);
    o.setString(4, payload(id, tn, Instant.ofEpochMilli(acceptedAt)));
    o.setLong(5, i);
    o.setLong(6, i);
    o.addBatch();
  }

  /** Makes parcels {@code from..to} due for the read-back now. */
  static int makeDue(StationStore store, long from, long to) throws SQLException {
    try (Connection c = store.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE carrier_status SET next_check_at = 0 WHERE tracking_number IN"
                    + " (SELECT tracking_number FROM acceptance WHERE seq BETWEEN ? AND ?)")) {
      ps.setLong(1, from);
      ps.setLong(2, to);
      return ps.executeUpdate();
    }
  }

  /** Parcels the read-back has asked about at least once. */
  static int checked(StationStore store) throws SQLException {
    try (Connection c = store.connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM carrier_status WHERE checked_at IS NOT NULL");
        var rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String payload(String id, String tn, Instant accepted) {
    return "{\"eventId\":\""
        + id
        + "\",\"trackingNumber\":\""
        + tn
        + "\",\"slug\":\"usps\",\"title\":\""
        + tn
        + "\",\"stationId\":\"bench\",\"operatorId\":\"bench\","
        + "\"acceptedAt\":\""
        + accepted
        + "\",\"partnerEventCode\":\"81\"}";
  }
}
