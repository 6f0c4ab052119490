package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierSummary;
import org.scanstation.station.domain.carrier.CarrierTag;

/** The SQL of carrier events and statuses, inside a caller's transaction. */
final class CarrierRows {
  private static final String EVENT_COLUMNS =
      "tracking_number, source, occurred_at, code, tag, subtag, location, zip, message, signer";

  private CarrierRows() {}

  /** Inserts the events not kept yet (by fingerprint); returns how many were new. */
  static int insertNew(Connection c, String number, List<CarrierEvent> events, long at)
      throws SQLException {
    Set<String> kept = fingerprints(c, number);
    String sql =
        "INSERT INTO carrier_event (fingerprint, received_at, "
            + EVENT_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    int added = 0;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (CarrierEvent e : events) {
        String f = e.fingerprint();
        if (!e.trackingNumber().equals(number) || !kept.add(f)) {
          continue;
        }
        ps.setString(1, f);
        ps.setLong(2, at);
        ps.setString(3, number);
        ps.setString(4, e.source().name());
        ps.setLong(5, e.occurredAt().toEpochMilli());
        ps.setString(6, e.code());
        ps.setString(7, e.tag() == null ? null : e.tag().name());
        ps.setString(8, e.subtag());
        ps.setString(9, e.location());
        ps.setString(10, e.zip());
        ps.setString(11, e.message());
        ps.setString(12, e.signer());
        ps.executeUpdate();
        added++;
      }
    }
    return added;
  }

  private static Set<String> fingerprints(Connection c, String number) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT fingerprint FROM carrier_event WHERE tracking_number = ?")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Every kept event of a parcel, in the carrier's time order. */
  static List<CarrierEvent> events(Connection c, String number) throws SQLException {
    List<CarrierEvent> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + EVENT_COLUMNS
                + " FROM carrier_event WHERE tracking_number = ? ORDER BY occurred_at, id")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String tag = rs.getString(5);
          out.add(
              new CarrierEvent(
                  rs.getString(1),
                  CarrierSource.valueOf(rs.getString(2)),
                  Instant.ofEpochMilli(rs.getLong(3)),
                  rs.getString(4),
                  tag == null ? null : CarrierTag.valueOf(tag),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10)));
        }
      }
    }
    return out;
  }

  /** Writes what a parcel's events add up to (the proof columns). */
  static void summarise(Connection c, String number, CarrierSummary s) throws SQLException {
    String sql =
        "UPDATE carrier_status SET last_event_at = ?, scanned_at = ?, accepted_at = ?,"
            + " accepted_code = ?, accepted_zip = ?, delivered_at = ?, signer = ?,"
            + " early_scan_at = ? WHERE tracking_number = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      millis(ps, 1, s.lastEventAt());
      millis(ps, 2, s.firstScan() == null ? null : s.firstScan().occurredAt());
      millis(ps, 3, s.acceptance() == null ? null : s.acceptance().occurredAt());
      ps.setString(4, s.acceptance() == null ? null : s.acceptance().code());
      ps.setString(5, s.acceptance() == null ? null : s.acceptance().zip());
      millis(ps, 6, s.delivery() == null ? null : s.delivery().occurredAt());
      ps.setString(7, s.delivery() == null ? null : s.delivery().signer());
      millis(
          ps,
          8,
          s.scannedBeforeAcceptance() == null ? null : s.scannedBeforeAcceptance().occurredAt());
      ps.setString(9, number);
      ps.executeUpdate();
    }
  }

  static void millis(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, t.toEpochMilli());
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }
}
