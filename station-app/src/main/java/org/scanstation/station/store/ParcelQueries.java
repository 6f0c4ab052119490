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
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.ParcelView.LabelInfo;
import org.scanstation.station.api.ParcelView.PrintJobView;
import org.scanstation.station.api.ParcelView.SyncView;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.Shipment;

/** Reads what the station knows of one parcel. Thread-safe. */
public final class ParcelQueries {
  private final StationStore store;

  /** Queries on {@code store}. */
  public ParcelQueries(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The parcel with this tracking number, else with this order id; empty when neither. */
  public Optional<ParcelView> show(String key) {
    return store.read(
        c -> {
          Optional<Shipment> shipment = ShipmentRows.byTrackingNumber(c, key);
          Optional<AcceptanceEvent> acceptance = AcceptanceRows.byTrackingNumber(c, key);
          if (shipment.isEmpty() && acceptance.isEmpty()) {
            shipment = ShipmentRows.byOrderId(c, key);
            if (shipment.isPresent()) {
              acceptance = AcceptanceRows.byTrackingNumber(c, shipment.get().trackingNumber());
            }
          }
          if (shipment.isEmpty() && acceptance.isEmpty()) {
            return Optional.empty();
          }
          String number =
              acceptance.isPresent()
                  ? acceptance.get().trackingNumber()
                  : shipment.get().trackingNumber();
          String eventId = acceptance.map(a -> a.eventId().toString()).orElse(null);
          return Optional.of(
              new ParcelView(
                  number,
                  shipment.orElse(null),
                  acceptance.orElse(null),
                  eventId == null ? null : label(c, eventId),
                  eventId == null ? List.of() : printJobs(c, eventId),
                  eventId == null ? null : sync(c, eventId),
                  AuditLog.entries(c, number, 500),
                  eventId == null ? null : SupervisorViews.voided(c, number, eventId),
                  eventId == null ? null : SupervisorViews.completed(c, number, eventId)));
        });
  }

  /** The stored label bytes of an acceptance. */
  public Optional<byte[]> labelBytes(String eventId) {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT bytes FROM label WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
          }
        });
  }

  /** The stored label model (JSON) of an acceptance, to re-render previews. */
  public Optional<String> labelModel(String eventId) {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT model_json FROM label WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  private static LabelInfo label(Connection c, String eventId) throws SQLException {
    String sql = "SELECT language, dpi, sha256, LENGTH(bytes) FROM label WHERE event_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new LabelInfo(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4))
            : null;
      }
    }
  }

  private static List<PrintJobView> printJobs(Connection c, String eventId) throws SQLException {
    String sql = "SELECT * FROM print_job WHERE event_id = ? ORDER BY created_at, job_id";
    List<PrintJobView> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new PrintJobView(
                  rs.getString("job_id"),
                  rs.getString("kind"),
                  rs.getString("printer"),
                  rs.getString("status"),
                  rs.getInt("attempts"),
                  rs.getString("last_error"),
                  rs.getString("requested_by"),
                  rs.getString("reason"),
                  iso(rs.getLong("created_at")),
                  iso(rs.getLong("updated_at"))));
        }
      }
    }
    return out;
  }

  private static SyncView sync(Connection c, String eventId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM outbox WHERE event_id = ? AND kind = 'CREATE'")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long delivered = rs.getLong("delivered_at");
        boolean never = rs.wasNull();
        return new SyncView(
            rs.getString("status"),
            rs.getInt("attempts"),
            iso(rs.getLong("next_attempt_at")),
            rs.getString("last_error"),
            rs.getString("backend_id"),
            never ? null : iso(delivered));
      }
    }
  }

  private static String iso(long epochMilli) {
    return Instant.ofEpochMilli(epochMilli).toString();
  }
}
