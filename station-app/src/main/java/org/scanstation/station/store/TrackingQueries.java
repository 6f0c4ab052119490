package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.api.TimelineEntry;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSummary;

/**
 * Reads one parcel's timeline: the station's own events (accepted, printed, reprinted, synced,
 * voided, completed) and the carrier's, each with its source, and the proofs of mailing and
 * delivery. Thread-safe.
 */
public final class TrackingQueries {
  private final StationStore store;

  /** Queries on {@code store}. */
  public TrackingQueries(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The parcel accepted under this tracking number; empty when none was. */
  public Optional<ParcelTracking> track(String trackingNumber) {
    return store.read(
        c -> {
          Optional<AcceptanceEvent> a = AcceptanceRows.byTrackingNumber(c, trackingNumber);
          if (a.isEmpty()) {
            return Optional.empty();
          }
          List<CarrierEvent> events = CarrierRows.events(c, trackingNumber);
          CarrierSummary summary = CarrierSummary.of(events, a.get().acceptedAt());
          List<TimelineEntry> timeline = new ArrayList<>(stationEvents(c, a.get()));
          for (CarrierEvent e : events) {
            timeline.add(carrierEntry(e, summary));
          }
          timeline.sort(Comparator.comparing(TimelineEntry::at));
          return Optional.of(status(c, trackingNumber, timeline));
        });
  }

  private static TimelineEntry carrierEntry(CarrierEvent e, CarrierSummary s) {
    String proof = e == s.acceptance() ? "MAILING" : e == s.delivery() ? "DELIVERY" : null;
    String detail = e.message();
    if (e.signer() != null) {
      detail = (detail == null ? "" : detail + "; ") + "signed by " + e.signer();
    }
    return new TimelineEntry(
        e.occurredAt().toString(),
        e.source().name(),
        e.tag() == null ? "Event" : e.tag().wire(),
        e.code(),
        detail,
        joined(e.location(), e.zip()),
        proof);
  }

  private static List<TimelineEntry> stationEvents(Connection c, AcceptanceEvent a)
      throws SQLException {
    List<TimelineEntry> out = new ArrayList<>();
    out.add(
        station(
            a.acceptedAt(),
            "ACCEPTED",
            a.partnerEventCode(),
            "by " + a.operatorId() + " at " + a.stationId() + " (scanner " + a.scannerId() + ")"));
    String jobs =
        "SELECT kind, printer, updated_at, requested_by FROM print_job"
            + " WHERE event_id = ? AND status = 'PRINTED' ORDER BY updated_at";
    try (PreparedStatement ps = c.prepareStatement(jobs)) {
      ps.setString(1, a.eventId().toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean first = "FIRST".equals(rs.getString(1).strip());
          out.add(
              station(
                  Instant.ofEpochMilli(rs.getLong(3)),
                  first ? "PRINTED" : "REPRINTED",
                  null,
                  "on " + rs.getString(2) + (first ? "" : " for " + rs.getString(4))));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT delivered_at FROM outbox WHERE event_id = ? AND delivered_at IS NOT NULL")) {
      ps.setString(1, a.eventId().toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          out.add(station(Instant.ofEpochMilli(rs.getLong(1)), "SYNCED", null, "tracking created"));
        }
      }
    }
    supervisorActions(c, a.trackingNumber(), out);
    return out;
  }

  /** Voids and completions, as the audit log recorded them (who, and why). */
  private static void supervisorActions(Connection c, String number, List<TimelineEntry> out)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT happened_at, actor, event_type, detail FROM audit WHERE subject = ?"
                + " AND event_type IN ('VOID', 'COMPLETE') ORDER BY happened_at")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              station(
                  Instant.ofEpochMilli(rs.getLong(1)),
                  rs.getString(3).equals("VOID") ? "VOIDED" : "COMPLETED",
                  null,
                  "by " + rs.getString(2) + ": " + rs.getString(4)));
        }
      }
    }
  }

  private static TimelineEntry station(Instant at, String what, String code, String detail) {
    return new TimelineEntry(at.toString(), "STATION", what, code, detail, null, null);
  }

  private static ParcelTracking status(Connection c, String number, List<TimelineEntry> timeline)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM carrier_status WHERE tracking_number = ?")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new ParcelTracking(
              number, null, null, null, null, null, null, null, null, null, null, null, timeline);
        }
        return new ParcelTracking(
            number,
            rs.getString("state").strip(),
            rs.getString("state_reason"),
            wireTag(rs.getString("tag")),
            rs.getString("subtag"),
            iso(CarrierRows.instant(rs, "accepted_at")),
            rs.getString("accepted_code"),
            rs.getString("accepted_zip"),
            iso(CarrierRows.instant(rs, "delivered_at")),
            rs.getString("signer"),
            iso(CarrierRows.instant(rs, "checked_at")),
            iso(CarrierRows.instant(rs, "next_check_at")),
            timeline);
      }
    }
  }

  static String wireTag(String stored) {
    return stored == null
        ? null
        : org.scanstation.station.domain.carrier.CarrierTag.valueOf(stored.strip()).wire();
  }

  static String iso(Instant t) {
    return t == null ? null : t.toString();
  }

  private static String joined(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }
}
