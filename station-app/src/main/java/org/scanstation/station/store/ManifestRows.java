package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scanstation.station.domain.manifest.Manifest;

/**
 * Reads and writes manifest links (table MANIFEST) and their pieces (MANIFEST_PIECE). Rows are
 * inserted once and never updated: there is no UPDATE here on purpose. Stateless.
 */
final class ManifestRows {
  static final String COLUMNS =
      "seq, manifest_id, event_id, station_id, mailing_date, origin_zip, pieces, merkle_root,"
          + " amends, reason, closed_by, closed_at, prev_hash, hash";

  /** One acceptance waiting for a manifest: its position, ids and chain hash. */
  record Pending(long seq, String eventId, String trackingNumber, String hash) {}

  private ManifestRows() {}

  static Optional<Manifest> byId(Connection c, String manifestId) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM manifest WHERE manifest_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, manifestId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /** The latest {@code limit} manifests, newest first. */
  static List<Manifest> newestFirst(Connection c, int limit) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM manifest ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";
    List<Manifest> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
    }
    return out;
  }

  /** How many manifests of {@code date} exist: the next one's ordinal is this plus one. */
  static int countOn(Connection c, LocalDate date) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM manifest WHERE mailing_date = ?")) {
      ps.setString(1, date.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * Acceptances accepted before {@code end} that are on no manifest and not voided, in chain order:
   * the pieces of the next close.
   */
  static List<Pending> pending(Connection c, Instant end) throws SQLException {
    String sql =
        "SELECT a.seq, a.event_id, a.tracking_number, a.hash FROM acceptance a"
            + " WHERE a.accepted_at < ?"
            + " AND NOT EXISTS (SELECT 1 FROM manifest_piece p WHERE p.event_id = a.event_id)"
            + " AND NOT EXISTS"
            + " (SELECT 1 FROM acceptance_void v WHERE v.voids_event_id = a.event_id)"
            + " ORDER BY a.seq";
    List<Pending> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, end.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Pending(
                  rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  /** The id of the manifest a parcel was handed off on, by its tracking number, if any. */
  static Optional<String> holdingNumber(Connection c, String trackingNumber) throws SQLException {
    String sql =
        "SELECT m.manifest_id FROM manifest m JOIN manifest_piece p ON p.manifest_seq = m.seq"
            + " WHERE p.tracking_number = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, trackingNumber);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** The manifest an acceptance was handed off on, if any. */
  static Optional<Manifest> holding(Connection c, String acceptanceEventId) throws SQLException {
    String sql =
        "SELECT "
            + prefixed("m.")
            + " FROM manifest m JOIN manifest_piece p ON p.manifest_seq = m.seq"
            + " WHERE p.event_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, acceptanceEventId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  static void insert(Connection c, Manifest m, List<Pending> pieces) throws SQLException {
    String sql =
        "INSERT INTO manifest (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, m.seq());
      ps.setString(2, m.manifestId());
      ps.setString(3, m.eventId().toString());
      ps.setString(4, m.stationId());
      ps.setString(5, m.mailingDate().toString());
      ps.setString(6, m.originZip());
      ps.setInt(7, m.pieces());
      ps.setString(8, m.merkleRoot());
      ps.setString(9, m.amends());
      ps.setString(10, m.reason());
      ps.setString(11, m.closedBy());
      ps.setLong(12, m.closedAt().toEpochMilli());
      ps.setString(13, m.prevHash());
      ps.setString(14, m.hash());
      ps.executeUpdate();
    }
    String piece =
        "INSERT INTO manifest_piece (manifest_seq, leaf_index, event_id, tracking_number)"
            + " VALUES (?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(piece)) {
      for (int i = 0; i < pieces.size(); i++) {
        ps.setLong(1, m.seq());
        ps.setInt(2, i);
        ps.setString(3, pieces.get(i).eventId());
        ps.setString(4, pieces.get(i).trackingNumber());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static Manifest map(ResultSet rs) throws SQLException {
    return new Manifest(
        rs.getLong("seq"),
        rs.getString("manifest_id"),
        UUID.fromString(rs.getString("event_id").strip()),
        rs.getString("station_id"),
        LocalDate.parse(rs.getString("mailing_date")),
        rs.getString("origin_zip"),
        rs.getInt("pieces"),
        rs.getString("merkle_root"),
        rs.getString("amends"),
        rs.getString("reason"),
        rs.getString("closed_by"),
        Instant.ofEpochMilli(rs.getLong("closed_at")),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  private static String prefixed(String alias) {
    return alias + COLUMNS.replace(", ", ", " + alias);
  }
}
