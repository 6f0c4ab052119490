package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.station.api.UnscannedReport;
import org.scanstation.station.api.UnscannedReport.Anomaly;
import org.scanstation.station.api.UnscannedReport.Parcel;

/**
 * The label-to-scan gap: parcels accepted here that USPS has not scanned (not voided, not marked
 * completed), oldest first, and the carrier anomalies a person should look at. Thread-safe.
 */
public final class UnscannedQueries {
  /** Most parcels (and anomalies) one report lists; the counts by age cover all of them. */
  public static final int MAX_ROWS = 10_000;

  private static final String OPEN = "s.state IN ('WATCHING', 'EXPIRED', 'NOT_AUTHORIZED')";

  private static final String OLDEST_DUE =
      "SELECT MIN(next_check_at) FROM carrier_status WHERE state = 'WATCHING'";

  private final StationStore store;

  /** Queries on {@code store}. */
  public UnscannedQueries(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The report at {@code now}, listing parcels accepted more than {@code olderThan} ago. */
  public UnscannedReport report(Duration olderThan, Instant now) {
    return store.read(
        c ->
            new UnscannedReport(
                now.toString(),
                olderThan.toString(),
                parcels(c, now.minus(olderThan), now),
                bands(c, now),
                anomalies(c)));
  }

  /**
   * Only the report's counts by age band at {@code now} (what {@link UnscannedReport#byAge} says),
   * for a badge that asks often. Blocks for one aggregate read.
   */
  public Map<String, Long> byAge(Instant now) {
    return store.read(c -> bands(c, now));
  }

  /**
   * When the most overdue check of a watched parcel was due, if any is watched: how far the
   * read-back is behind. Blocks for one read of the (state, next_check_at) index.
   */
  public Optional<Instant> oldestDueCheck() {
    return store.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(OLDEST_DUE);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            long at = rs.getLong(1);
            return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
          }
        });
  }

  private static List<Parcel> parcels(Connection c, Instant before, Instant now)
      throws SQLException {
    String sql =
        "SELECT a.tracking_number, a.accepted_at, a.station_id, a.operator_id, sh.order_id,"
            + " s.tag, s.state, s.checked_at, s.pending_flag_at FROM acceptance a"
            + " JOIN carrier_status s ON s.tracking_number = a.tracking_number"
            + " LEFT JOIN shipment sh ON sh.tracking_number = a.tracking_number"
            + " WHERE s.scanned_at IS NULL AND "
            + OPEN
            + " AND a.accepted_at < ? ORDER BY a.accepted_at, a.seq FETCH FIRST ? ROWS ONLY";
    List<Parcel> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, before.toEpochMilli());
      ps.setInt(2, MAX_ROWS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Instant accepted = Instant.ofEpochMilli(rs.getLong("accepted_at"));
          out.add(
              new Parcel(
                  rs.getString("tracking_number"),
                  accepted.toString(),
                  Duration.between(accepted, now).toSeconds(),
                  rs.getString("station_id"),
                  rs.getString("operator_id"),
                  rs.getString("order_id"),
                  TrackingQueries.wireTag(rs.getString("tag")),
                  rs.getString("state").strip(),
                  TrackingQueries.iso(CarrierRows.instant(rs, "checked_at")),
                  CarrierRows.instant(rs, "pending_flag_at") != null));
        }
      }
    }
    return out;
  }

  private static Map<String, Long> bands(Connection c, Instant now) throws SQLException {
    long h4 = now.minus(Duration.ofHours(4)).toEpochMilli();
    long d1 = now.minus(Duration.ofDays(1)).toEpochMilli();
    long d3 = now.minus(Duration.ofDays(3)).toEpochMilli();
    String sql =
        "SELECT SUM(CASE WHEN a.accepted_at >= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.accepted_at < ? AND a.accepted_at >= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.accepted_at < ? AND a.accepted_at >= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.accepted_at < ? THEN 1 ELSE 0 END) FROM acceptance a"
            + " JOIN carrier_status s ON s.tracking_number = a.tracking_number"
            + " WHERE s.scanned_at IS NULL AND "
            + OPEN;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      long[] args = {h4, h4, d1, d1, d3, d3};
      for (int i = 0; i < args.length; i++) {
        ps.setLong(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Map<String, Long> out = new LinkedHashMap<>();
        String[] names = {"<4h", "4-24h", "1-3d", ">3d"};
        for (int i = 0; i < names.length; i++) {
          out.put(names[i], rs.getLong(i + 1));
        }
        return out;
      }
    }
  }

  private static List<Anomaly> anomalies(Connection c) throws SQLException {
    String sql =
        "SELECT s.tracking_number, s.state, s.state_reason, s.tag, s.subtag, s.early_scan_at,"
            + " s.scanned_at, s.accepted_at, s.last_event_at, a.accepted_at AS station_at"
            + " FROM carrier_status s JOIN acceptance a ON a.tracking_number = s.tracking_number"
            + " WHERE "
            + OPEN
            + " AND (s.early_scan_at IS NOT NULL OR (s.scanned_at IS NOT NULL AND s.accepted_at"
            + " IS NULL) OR s.tag IN ('EXCEPTION', 'EXPIRED') OR s.state <> 'WATCHING')"
            + " ORDER BY a.accepted_at FETCH FIRST ? ROWS ONLY";
    List<Anomaly> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, MAX_ROWS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          AnomalyRows.add(c, rs, out);
        }
      }
    }
    return out;
  }
}
