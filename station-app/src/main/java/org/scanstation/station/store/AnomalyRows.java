package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.scanstation.station.api.UnscannedReport.Anomaly;

/** Turns one carrier status row into the anomalies it shows, with words for a person. */
final class AnomalyRows {
  private AnomalyRows() {}

  static void add(Connection c, ResultSet rs, List<Anomaly> out) throws SQLException {
    String number = rs.getString("tracking_number");
    String state = rs.getString("state").strip();
    String tag = rs.getString("tag") == null ? "" : rs.getString("tag").strip();
    Instant early = CarrierRows.instant(rs, "early_scan_at");
    Instant scanned = CarrierRows.instant(rs, "scanned_at");
    Instant stationAt = CarrierRows.instant(rs, "station_at");
    if (early != null) {
      out.add(
          new Anomaly(
              number,
              "SCANNED_BEFORE_ACCEPTANCE",
              early.toString(),
              "USPS scanned it before this station accepted it ("
                  + stationAt
                  + "): a wrong parcel, or a duplicate label"));
    }
    if (scanned != null && CarrierRows.instant(rs, "accepted_at") == null) {
      out.add(
          new Anomaly(
              number,
              "NO_ACCEPTANCE_SCAN",
              scanned.toString(),
              "USPS scanned it later but never recorded its acceptance: no proof of mailing"));
    }
    if (tag.equals("EXCEPTION")) {
      out.add(
          new Anomaly(
              number,
              "EXCEPTION",
              iso(CarrierRows.instant(rs, "last_event_at")),
              exceptionMessage(c, number, rs.getString("subtag"))));
    }
    if (tag.equals("EXPIRED") || state.equals("EXPIRED")) {
      out.add(new Anomaly(number, "EXPIRED", null, reason(rs, "the tracking expired")));
    }
    if (state.equals("NOT_AUTHORIZED")) {
      out.add(new Anomaly(number, "NOT_AUTHORIZED", null, reason(rs, "the source refused it")));
    }
  }

  private static String exceptionMessage(Connection c, String number, String subtag)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT message FROM carrier_event WHERE tracking_number = ? AND tag = 'EXCEPTION'"
                + " ORDER BY occurred_at DESC FETCH FIRST 1 ROWS ONLY")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        String message = rs.next() ? rs.getString(1) : null;
        String s = subtag == null ? "Exception" : subtag;
        return message == null ? s : s + ": " + message;
      }
    }
  }

  private static String reason(ResultSet rs, String fallback) throws SQLException {
    String r = rs.getString("state_reason");
    return r == null ? fallback : r;
  }

  private static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}
