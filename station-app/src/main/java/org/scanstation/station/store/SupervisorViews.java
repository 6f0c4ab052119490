package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.scanstation.station.api.ParcelView.CompletionView;
import org.scanstation.station.api.ParcelView.VoidView;
import org.scanstation.station.domain.acceptance.VoidEvent;
import org.scanstation.station.domain.carrier.WatchState;

/** Reads a parcel's void and completion for {@link ParcelQueries}. Stateless. */
final class SupervisorViews {
  private SupervisorViews() {}

  /** The parcel's void, or null. */
  static VoidView voided(Connection c, String number, String eventId) throws SQLException {
    Optional<VoidEvent> v = VoidRows.byTrackingNumber(c, number);
    if (v.isEmpty()) {
      return null;
    }
    VoidEvent e = v.get();
    String create = status(c, eventId, Outbox.Kind.CREATE);
    String backend =
        Outbox.Status.CANCELLED.name().equals(create)
            ? "NOTHING_SENT"
            : status(c, eventId, Outbox.Kind.DELETE);
    return new VoidView(
        e.seq(),
        e.eventId().toString(),
        e.actor(),
        e.reason(),
        e.voidedAt().toString(),
        e.hash(),
        backend);
  }

  /** The parcel's completion, or null. */
  static CompletionView completed(Connection c, String number, String eventId) throws SQLException {
    Optional<String[]> state = CarrierMarks.state(c, number);
    if (state.isEmpty() || !WatchState.COMPLETED.name().equals(state.get()[0])) {
      return null;
    }
    String text = state.get()[1] == null ? "" : state.get()[1];
    int colon = text.indexOf(": ");
    String as = colon < 0 ? text : text.substring(0, colon);
    String reason = colon < 0 ? "" : text.substring(colon + 2);
    return new CompletionView(as, reason, status(c, eventId, Outbox.Kind.COMPLETE));
  }

  private static String status(Connection c, String eventId, Outbox.Kind kind) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT status FROM outbox WHERE event_id = ? AND kind = ?")) {
      ps.setString(1, eventId);
      ps.setString(2, kind.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
