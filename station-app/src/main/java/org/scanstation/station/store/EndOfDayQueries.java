package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.scanstation.station.api.OpenManifest;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.manifest.Manifest;

/**
 * What the supervisor page's end-of-day panel asks the store: the pieces waiting for the next close
 * (counted in the database, grouped by service, so a day of thousands of parcels reads a few rows)
 * and the closed manifest a parcel is on. Read only. Thread-safe.
 */
public final class EndOfDayQueries {
  // The same pieces as ManifestRows.pending picks for a close, counted instead of listed.
  private static final String WAITING =
      "SELECT s.service, COUNT(*), MIN(a.accepted_at) FROM acceptance a"
          + " LEFT JOIN shipment s ON s.tracking_number = a.tracking_number"
          + " WHERE a.accepted_at < ?"
          + " AND NOT EXISTS (SELECT 1 FROM manifest_piece p WHERE p.event_id = a.event_id)"
          + " AND NOT EXISTS"
          + " (SELECT 1 FROM acceptance_void v WHERE v.voids_event_id = a.event_id)"
          + " GROUP BY s.service";

  private final StationStore store;

  /** Queries on {@code store}. */
  public EndOfDayQueries(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * The pieces a close of {@code date} would take: accepted before {@code end} (the day's end in
   * the station's zone), on no manifest, not voided. Blocks while it reads.
   */
  public OpenManifest waiting(LocalDate date, Instant end) {
    return store.read(c -> waitingIn(c, date, end));
  }

  /** The id of the closed manifest the parcel accepted as {@code trackingNumber} is on, if any. */
  public Optional<String> manifestHolding(String trackingNumber) {
    return store.read(
        c -> {
          Optional<AcceptanceEvent> a = AcceptanceRows.byTrackingNumber(c, trackingNumber);
          if (a.isEmpty()) {
            return Optional.<String>empty();
          }
          return ManifestRows.holding(c, a.get().eventId().toString()).map(Manifest::manifestId);
        });
  }

  private static OpenManifest waitingIn(Connection c, LocalDate date, Instant end)
      throws SQLException {
    Map<String, Integer> byService = new TreeMap<>();
    int pieces = 0;
    long oldest = Long.MAX_VALUE;
    try (PreparedStatement ps = c.prepareStatement(WAITING)) {
      ps.setLong(1, end.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String service = rs.getString(1);
          int n = rs.getInt(2);
          byService.merge(
              service == null ? ManifestQueries.UNKNOWN_SERVICE : service, n, Integer::sum);
          pieces += n;
          oldest = Math.min(oldest, rs.getLong(3));
        }
      }
    }
    String at = pieces == 0 ? null : Instant.ofEpochMilli(oldest).toString();
    return new OpenManifest(date.toString(), pieces, byService, at);
  }
}
