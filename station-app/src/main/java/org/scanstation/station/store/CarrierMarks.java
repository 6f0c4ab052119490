package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.scanstation.station.domain.carrier.WatchState;

/**
 * What the outbox and the supervisor actions write into a parcel's CARRIER_STATUS row, inside the
 * caller's transaction: the backend id once the create is delivered, and the final states VOIDED
 * and COMPLETED (which stop the read-back). A parcel accepted before its row existed gets one here.
 * Stateless.
 */
final class CarrierMarks {
  private static final int REASON_MAX = 500;

  private CarrierMarks() {}

  /** The create entry {@code entryId} was delivered with {@code backendId}. */
  static void createDelivered(Connection c, String entryId, String backendId, long now)
      throws SQLException {
    String number;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT tracking_number FROM outbox WHERE entry_id = ? AND kind = 'CREATE'")) {
      ps.setString(1, entryId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return; // a delete or a completion: the id is known already
        }
        number = rs.getString(1);
      }
    }
    int n = set(c, "backend_id = ?", number, backendId);
    if (n == 0) {
      insert(c, number, WatchState.WATCHING, null, backendId, now);
    }
  }

  /** The parcel reached a final state a supervisor decided: the read-back stops asking. */
  static void finalState(Connection c, String number, WatchState state, String reason, long now)
      throws SQLException {
    String why = reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE carrier_status SET state = ?, state_reason = ?, next_check_at = NULL"
                + " WHERE tracking_number = ?")) {
      ps.setString(1, state.name());
      ps.setString(2, why);
      ps.setString(3, number);
      if (ps.executeUpdate() == 0) {
        insert(c, number, state, why, null, now);
      }
    }
  }

  /** The parcel's watch state and its reason, when it has a row. */
  static Optional<String[]> state(Connection c, String number) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT state, state_reason FROM carrier_status WHERE tracking_number = ?")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new String[] {rs.getString(1), rs.getString(2)})
            : Optional.empty();
      }
    }
  }

  private static int set(Connection c, String assignment, String number, String value)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE carrier_status SET " + assignment + " WHERE tracking_number = ?")) {
      ps.setString(1, value);
      ps.setString(2, number);
      return ps.executeUpdate();
    }
  }

  private static void insert(
      Connection c, String number, WatchState state, String reason, String backendId, long now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO carrier_status (tracking_number, state, state_reason, backend_id,"
                + " checks, retracks, next_check_at) VALUES (?, ?, ?, ?, 0, 0, ?)")) {
      ps.setString(1, number);
      ps.setString(2, state.name());
      ps.setString(3, reason);
      ps.setString(4, backendId);
      if (state.watching()) {
        ps.setLong(5, now);
      } else {
        ps.setNull(5, java.sql.Types.BIGINT);
      }
      ps.executeUpdate();
    }
  }
}
