package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.acceptance.VoidEvent;
import org.scanstation.station.domain.manifest.MerkleTree;

/**
 * The links of the hash chain as {@link ChainVerifier} walks them: the acceptances, the voids and
 * the manifests, three tables in one sequence, each streamed in position order and merged, so
 * memory stays constant however long the chain (a manifest's pieces are read one manifest at a
 * time). Not thread-safe: one walk, one connection; the caller closes it.
 */
final class ChainLinks implements AutoCloseable {
  /**
   * One link as the walk needs it, whichever table it came from.
   *
   * @param subject what the report names: the tracking number, or the manifest id
   * @param recomputed its hash recomputed after the previous link
   * @param contentProblem for a manifest whose pieces do not give its root or count, why; else null
   */
  record Link(
      long seq,
      String kind,
      String subject,
      String prevHash,
      String hash,
      String recomputed,
      String contentProblem) {}

  private static final String PIECE_HASHES =
      "SELECT p.leaf_index, a.hash FROM manifest_piece p JOIN acceptance a"
          + " ON a.event_id = p.event_id WHERE p.manifest_seq = ? ORDER BY p.leaf_index";

  private final List<AutoCloseable> open = new ArrayList<>();
  private final ResultSet acceptances;
  private final ResultSet voids;
  private final ResultSet manifests;
  private final PreparedStatement pieces;
  private boolean moreA;
  private boolean moreV;
  private boolean moreM;

  ChainLinks(Connection c) throws SQLException {
    acceptances =
        query(c, "SELECT seq, " + AcceptanceRows.COLUMNS + " FROM acceptance ORDER BY seq");
    voids = query(c, "SELECT " + VoidRows.COLUMNS + " FROM acceptance_void ORDER BY seq");
    manifests = query(c, "SELECT " + ManifestRows.COLUMNS + " FROM manifest ORDER BY seq");
    pieces = c.prepareStatement(PIECE_HASHES);
    open.add(pieces);
    moreA = acceptances.next();
    moreV = voids.next();
    moreM = manifests.next();
  }

  private ResultSet query(Connection c, String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    open.add(ps);
    ResultSet rs = ps.executeQuery();
    open.add(rs);
    return rs;
  }

  /**
   * The next link in position order, its hash recomputed after {@code prev}; null after the last.
   */
  Link next(String prev) throws SQLException {
    long a = moreA ? acceptances.getLong("seq") : Long.MAX_VALUE;
    long v = moreV ? voids.getLong("seq") : Long.MAX_VALUE;
    long m = moreM ? manifests.getLong("seq") : Long.MAX_VALUE;
    if (!moreA && !moreV && !moreM) {
      return null;
    }
    Link link;
    // an acceptance first, then a void, when two claim one position: the walk names the second
    if (moreA && a <= v && a <= m) {
      AcceptanceEvent e = AcceptanceRows.map(acceptances);
      link =
          new Link(
              a,
              "acceptance",
              e.trackingNumber(),
              e.prevHash(),
              e.hash(),
              HashChain.hashOf(e, prev),
              null);
      moreA = acceptances.next();
    } else if (moreV && v <= m) {
      VoidEvent e = VoidRows.map(voids);
      link =
          new Link(v, "void", e.trackingNumber(), e.prevHash(), e.hash(), e.recompute(prev), null);
      moreV = voids.next();
    } else {
      link = manifest(prev);
      moreM = manifests.next();
    }
    return link;
  }

  /** Read column by column, so a row edited into nonsense is still reported, never thrown. */
  private Link manifest(String prev) throws SQLException {
    ResultSet r = manifests;
    long seq = r.getLong("seq");
    String id = r.getString("manifest_id");
    int count = r.getInt("pieces");
    String root = r.getString("merkle_root");
    String recomputed =
        HashChain.manifestHash(
            prev,
            r.getString("event_id").strip(),
            id,
            r.getString("station_id"),
            r.getString("mailing_date"),
            r.getString("origin_zip"),
            count,
            root,
            r.getString("amends"),
            r.getString("reason"),
            r.getString("closed_by"),
            r.getLong("closed_at"));
    return new Link(
        seq,
        "manifest",
        id,
        r.getString("prev_hash"),
        r.getString("hash"),
        recomputed,
        contentProblem(seq, id, count, root));
  }

  /** Why manifest {@code seq}'s pieces do not give its stored root and count, or null. */
  private String contentProblem(long seq, String id, int count, String root) throws SQLException {
    List<String> leaves = new ArrayList<>();
    pieces.setLong(1, seq);
    try (ResultSet rs = pieces.executeQuery()) {
      while (rs.next()) {
        if (rs.getInt(1) != leaves.size()) {
          return "manifest "
              + id
              + " has no piece at leaf "
              + leaves.size()
              + ": a piece was deleted, moved or renumbered";
        }
        leaves.add(rs.getString(2));
      }
    }
    if (leaves.size() != count) {
      return "manifest "
          + id
          + " records "
          + count
          + " pieces but "
          + leaves.size()
          + " are on it: a piece was deleted or moved";
    }
    if (leaves.isEmpty() || !MerkleTree.over(leaves).root().equals(root)) {
      return "manifest "
          + id
          + "'s root does not match its pieces' acceptance hashes:"
          + " a piece was swapped, moved or edited";
    }
    return null;
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
