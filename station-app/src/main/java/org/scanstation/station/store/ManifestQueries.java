package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.scanstation.station.api.ManifestPiece;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.manifest.Manifest;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;

/**
 * Closed manifests as the commands, the pages and the documents read them: the header with its
 * counts by service, and the pieces in leaf order with what the shipment says about each. Read
 * only. Thread-safe.
 */
public final class ManifestQueries {
  /** The service counted for a piece accepted without an imported shipment. */
  public static final String UNKNOWN_SERVICE = "unknown";

  private static final String PIECES =
      "SELECT p.leaf_index, p.tracking_number, a.event_id, a.hash, a.accepted_at, a.routing_zip,"
          + " s.service, s.to_name, s.to_street1, s.to_street2, s.to_city, s.to_state, s.to_zip,"
          + " s.weight_oz%s FROM manifest_piece p JOIN acceptance a ON a.event_id = p.event_id"
          + " LEFT JOIN shipment s ON s.tracking_number = p.tracking_number"
          + " WHERE p.manifest_seq = ? ORDER BY p.leaf_index";

  private final StationStore store;

  /** Queries on {@code store}. */
  public ManifestQueries(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The latest {@code limit} manifests, newest first. Blocks while it reads. */
  public List<ManifestSummary> list(int limit) {
    return store.read(
        c -> {
          List<ManifestSummary> out = new ArrayList<>();
          for (Manifest m : ManifestRows.newestFirst(c, limit)) {
            out.add(summary(m, pieces(c, m.seq())));
          }
          return out;
        });
  }

  /** The manifest with this id and its pieces, if it exists. Blocks while it reads. */
  public Optional<ManifestView> view(String manifestId) {
    return store.read(
        c -> {
          Optional<Manifest> m = ManifestRows.byId(c, manifestId);
          if (m.isEmpty()) {
            return Optional.empty();
          }
          List<ManifestPiece> pieces = pieces(c, m.get().seq());
          return Optional.of(new ManifestView(summary(m.get(), pieces), pieces));
        });
  }

  /**
   * The closed manifest an accepted parcel was handed off on, with all its pieces (a receipt's
   * Merkle path needs every leaf), if it is on one. Blocks while it reads.
   */
  public Optional<ManifestView> holding(String trackingNumber) {
    return store.read(
        c -> {
          Optional<AcceptanceEvent> a = AcceptanceRows.byTrackingNumber(c, trackingNumber);
          if (a.isEmpty()) {
            return Optional.empty();
          }
          Optional<Manifest> m = ManifestRows.holding(c, a.get().eventId().toString());
          if (m.isEmpty()) {
            return Optional.empty();
          }
          List<ManifestPiece> pieces = pieces(c, m.get().seq());
          return Optional.of(new ManifestView(summary(m.get(), pieces), pieces));
        });
  }

  /** The header of {@code m} as the API shows it. */
  public static ManifestSummary summary(Manifest m, List<ManifestPiece> pieces) {
    Map<String, Integer> byService = new TreeMap<>();
    for (ManifestPiece p : pieces) {
      byService.merge(p.service() == null ? UNKNOWN_SERVICE : p.service(), 1, Integer::sum);
    }
    return new ManifestSummary(
        m.manifestId(),
        m.stationId(),
        m.mailingDate().toString(),
        m.originZip(),
        m.pieces(),
        byService,
        m.merkleRoot(),
        m.amends(),
        m.reason(),
        m.closedBy(),
        m.closedAt().toString(),
        m.seq(),
        m.hash());
  }

  private static List<ManifestPiece> pieces(Connection c, long seq) throws SQLException {
    boolean extras = hasExtraServices(c);
    List<ManifestPiece> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(String.format(PIECES, extras ? ", s.extra_services" : ""))) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(piece(rs, extras));
        }
      }
    }
    return out;
  }

  private static ManifestPiece piece(ResultSet rs, boolean extras) throws SQLException {
    String number = rs.getString("tracking_number");
    int weight = rs.getInt("weight_oz");
    Integer weightOz = rs.wasNull() ? null : weight;
    String zip = rs.getString("to_zip");
    String extra = extras ? rs.getString("extra_services") : null;
    return new ManifestPiece(
        rs.getInt("leaf_index"),
        number,
        serviceTypeCode(number),
        rs.getString("service"),
        extra == null ? "" : extra,
        rs.getString("to_name"),
        rs.getString("to_street1"),
        rs.getString("to_street2"),
        rs.getString("to_city"),
        rs.getString("to_state"),
        zip != null ? zip : rs.getString("routing_zip"),
        weightOz,
        Instant.ofEpochMilli(rs.getLong("accepted_at")).toString(),
        rs.getString("event_id").strip(),
        rs.getString("hash"));
  }

  /** The service type code the number carries; empty for a number that no longer parses. */
  static String serviceTypeCode(String number) {
    ParseResult parsed = new TrackingNumberParser().parse(number);
    return parsed instanceof ValidScan v ? v.trackingNumber().serviceTypeCode() : "";
  }

  /**
   * Whether the shipment table records extra services (Certified Mail, Return Receipt): a store
   * migrated before that column existed has none, and its pieces list none.
   */
  private static boolean hasExtraServices(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getColumns(null, null, "SHIPMENT", "EXTRA_SERVICES")) {
      return rs.next();
    }
  }
}
