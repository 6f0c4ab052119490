package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.manifest.MerkleTree;

/**
 * Stands in for part M's manifest close until it is merged: every acceptance on no manifest yet
 * (voided ones left out) goes onto a new manifest row in chain order, with the Merkle root from
 * {@link MerkleTree}. It writes the V8 tables through SQL only and leaves the hash chain alone (its
 * seq is far above any chain position, so {@code station verify} still sees the chain it knows).
 * Replace its one method with M's close and every receipt test keeps its meaning.
 */
public final class ManifestFixture {
  private static final long SEQ_BASE = 1_000_000_000L;

  private ManifestFixture() {}

  /** What the fixture closed. */
  public record Closed(String id, String root, List<String> trackingNumbers) {}

  /** Closes every open acceptance of {@code store} onto manifest {@code id}. */
  public static Closed close(StationStore store, String id, String mailingDate, Instant at) {
    return store.inTransaction(c -> close(c, id, mailingDate, at));
  }

  private static Closed close(Connection c, String id, String mailingDate, Instant at)
      throws SQLException {
    List<String[]> open = open(c);
    if (open.isEmpty()) {
      throw new IllegalStateException("nothing to close");
    }
    String root = MerkleTree.over(open.stream().map(p -> p[2]).toList()).root();
    long seq = SEQ_BASE + count(c);
    String sql =
        "INSERT INTO manifest (seq, manifest_id, event_id, station_id, mailing_date, origin_zip,"
            + " pieces, merkle_root, closed_by, closed_at, prev_hash, hash)"
            + " VALUES (?, ?, ?, 'station-7', ?, '10001', ?, ?, 'sam', ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, seq);
      ps.setString(2, id);
      ps.setString(3, UUID.randomUUID().toString());
      ps.setString(4, mailingDate);
      ps.setInt(5, open.size());
      ps.setString(6, root);
      ps.setLong(7, at.toEpochMilli());
      ps.setString(8, HashChain.GENESIS);
      ps.setString(9, HashChain.sha256(id + root));
      ps.executeUpdate();
    }
    List<String> numbers = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO manifest_piece (manifest_seq, leaf_index, event_id, tracking_number)"
                + " VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < open.size(); i++) {
        ps.setLong(1, seq);
        ps.setInt(2, i);
        ps.setString(3, open.get(i)[0]);
        ps.setString(4, open.get(i)[1]);
        ps.executeUpdate();
        numbers.add(open.get(i)[1]);
      }
    }
    return new Closed(id, root, numbers);
  }

  /** Event id, tracking number and hash of each open acceptance, in chain order. */
  private static List<String[]> open(Connection c) throws SQLException {
    String sql =
        "SELECT a.event_id, a.tracking_number, a.hash FROM acceptance a"
            + " WHERE NOT EXISTS (SELECT 1 FROM manifest_piece p WHERE p.event_id = a.event_id)"
            + " AND NOT EXISTS (SELECT 1 FROM acceptance_void v"
            + " WHERE v.voids_event_id = a.event_id) ORDER BY a.seq";
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    return out;
  }

  private static long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM manifest");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
