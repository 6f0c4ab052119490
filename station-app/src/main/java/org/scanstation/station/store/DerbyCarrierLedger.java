package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.station.carrier.CarrierLedger;
import org.scanstation.station.carrier.CarrierReading;
import org.scanstation.station.carrier.WebhookDelivery;
import org.scanstation.station.carrier.WebhookInbox;
import org.scanstation.station.domain.carrier.CarrierSummary;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.carrier.WatchState;

/**
 * The read-back's store on Derby. Each write locks the parcel's status row first, so a poll and a
 * webhook about the same parcel take turns, and keeps events, summary and next check in one
 * transaction. Thread-safe.
 */
public final class DerbyCarrierLedger implements CarrierLedger {
  private static final String UNIQUE_VIOLATION = "23505";

  private final StationStore store;

  /** A ledger on {@code store}. */
  public DerbyCarrierLedger(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<String> unavailable() {
    return store.unavailable();
  }

  @Override
  public List<Watched> due(Instant now, int max) {
    String sql =
        "SELECT s.tracking_number, a.accepted_at, s.backend_id, s.retracks FROM carrier_status s"
            + " JOIN acceptance a ON a.tracking_number = s.tracking_number"
            + " WHERE s.state = 'WATCHING' AND s.next_check_at <= ?"
            + " ORDER BY s.next_check_at FETCH FIRST ? ROWS ONLY";
    return store.read(
        c -> {
          List<Watched> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, now.toEpochMilli());
            ps.setInt(2, max);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Watched(
                        rs.getString(1),
                        Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getString(3),
                        rs.getInt(4)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public Optional<Recorded> record(
      CarrierReading reading, boolean current, Instant at, PollPlan plan) {
    return store.inTransaction(c -> recordIn(c, reading, current, at, plan));
  }

  private static Optional<Recorded> recordIn(
      Connection c, CarrierReading r, boolean current, Instant at, PollPlan plan)
      throws SQLException {
    Optional<Status> locked = Status.lock(c, r.trackingNumber(), current);
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Status s = locked.get();
    int added = CarrierRows.insertNew(c, r.trackingNumber(), r.events(), at.toEpochMilli());
    CarrierSummary summary =
        CarrierSummary.of(CarrierRows.events(c, r.trackingNumber()), s.acceptedAt);
    CarrierRows.summarise(c, r.trackingNumber(), summary);
    CarrierTag tag = current && r.tag() != null ? r.tag() : summary.tag();
    String subtag = current && r.tag() != null ? r.subtag() : summary.subtag();
    WatchState state = s.state;
    String reason = null;
    Instant next = null;
    if (state.watching()) {
      next = plan.next(s.acceptedAt, at, summary);
      if (summary.delivery() != null) {
        state = WatchState.DELIVERED;
      } else if (current && tag == CarrierTag.EXPIRED && s.retracks >= PollPlan.MAX_RETRACKS) {
        state = WatchState.EXPIRED;
        reason = "the tracking expired again after " + s.retracks + " retracks";
      } else if (next == null) {
        state = WatchState.EXPIRED;
        reason = "not delivered within " + plan.giveUpAfter().toDays() + " days; no longer asked";
      }
    }
    String sql =
        "UPDATE carrier_status SET source = ?, backend_id = COALESCE(?, backend_id),"
            + " tag = COALESCE(?, tag), subtag = CASE WHEN ? IS NULL THEN subtag ELSE ? END,"
            + " state = ?, state_reason = COALESCE(?, state_reason), next_check_at = ?"
            + (current ? ", checked_at = ?" : "")
            + " WHERE tracking_number = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      String tagName = tag == null ? null : tag.name();
      ps.setString(1, r.source().name());
      ps.setString(2, r.backendId());
      ps.setString(3, tagName);
      ps.setString(4, tagName);
      ps.setString(5, subtag);
      ps.setString(6, state.name());
      ps.setString(7, reason);
      CarrierRows.millis(ps, 8, state.watching() ? next : null);
      int i = 9;
      if (current) {
        ps.setLong(i++, at.toEpochMilli());
      }
      ps.setString(i, r.trackingNumber());
      ps.executeUpdate();
    }
    return Optional.of(new Recorded(added, summary, state));
  }

  @Override
  public void postpone(List<String> numbers, Instant next, Instant at) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE carrier_status SET checks = checks + 1, checked_at = ?,"
                      + " next_check_at = ? WHERE tracking_number = ? AND state = 'WATCHING'")) {
            for (String n : numbers) {
              ps.setLong(1, at.toEpochMilli());
              ps.setLong(2, next.toEpochMilli());
              ps.setString(3, n);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void stop(String number, WatchState state, String reason, Instant at) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE carrier_status SET state = ?, state_reason = ?, checked_at = ?,"
                      + " next_check_at = NULL WHERE tracking_number = ? AND state = 'WATCHING'")) {
            ps.setString(1, state.name());
            ps.setString(2, reason.length() <= 500 ? reason : reason.substring(0, 500));
            ps.setLong(3, at.toEpochMilli());
            ps.setString(4, number);
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void retracked(String number, Instant at) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE carrier_status SET retracks = retracks + 1 WHERE tracking_number = ?")) {
            ps.setString(1, number);
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public WebhookInbox.Taken take(WebhookDelivery d, Instant at, PollPlan plan) {
    return store.inTransaction(c -> takeIn(c, d, at, plan));
  }

  private static WebhookInbox.Taken takeIn(
      Connection c, WebhookDelivery d, Instant at, PollPlan plan) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO webhook_seen (event_id, received_at) VALUES (?, ?)")) {
      ps.setString(1, d.eventId());
      ps.setLong(2, at.toEpochMilli());
      ps.executeUpdate();
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return WebhookInbox.Taken.DUPLICATE;
      }
      throw e;
    }
    if (recordIn(c, d.reading(), false, at, plan).isEmpty()) {
      return WebhookInbox.Taken.UNKNOWN_PARCEL; // the seen row stays: its retries are ignored too
    }
    if (WebhookDelivery.PENDING_TOO_LONG.equals(d.event())) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE carrier_status SET pending_flag_at = ? WHERE tracking_number = ?")) {
        ps.setLong(1, at.toEpochMilli());
        ps.setString(2, d.reading().trackingNumber());
        ps.executeUpdate();
      }
    }
    return WebhookInbox.Taken.KEPT;
  }

  /** A parcel's status row, locked for this transaction. */
  private record Status(Instant acceptedAt, WatchState state, int retracks) {
    static Optional<Status> lock(Connection c, String number, boolean counted) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE carrier_status SET checks = checks + ? WHERE tracking_number = ?")) {
        ps.setInt(1, counted ? 1 : 0);
        ps.setString(2, number);
        if (ps.executeUpdate() == 0) {
          return Optional.empty();
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT a.accepted_at, s.state, s.retracks FROM carrier_status s"
                  + " JOIN acceptance a ON a.tracking_number = s.tracking_number"
                  + " WHERE s.tracking_number = ?")) {
        ps.setString(1, number);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return Optional.of(
              new Status(
                  Instant.ofEpochMilli(rs.getLong(1)),
                  WatchState.valueOf(rs.getString(2).strip()),
                  rs.getInt(3)));
        }
      }
    }
  }
}
