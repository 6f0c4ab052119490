package org.scanstation.station.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;

/**
 * Recomputes the acceptance hash chain in chain order and names the first acceptance that was
 * edited, deleted or reordered. Streams the table: constant memory. Thread-safe.
 */
public final class ChainVerifier {
  private final StationStore store;

  /** A verifier for {@code store}. */
  public ChainVerifier(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Checks every link and the chain head. */
  public ChainReport verify() {
    return store.read(
        c -> {
          String sql = "SELECT seq, " + AcceptanceRows.COLUMNS + " FROM acceptance ORDER BY seq";
          String prev = HashChain.GENESIS;
          long expectedSeq = 1;
          long checked = 0;
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              long seq = rs.getLong("seq");
              AcceptanceEvent e = AcceptanceRows.map(rs);
              String problem = problem(seq, expectedSeq, e, prev);
              if (problem != null) {
                return new ChainReport(false, checked, seq, e.trackingNumber(), problem);
              }
              prev = e.hash();
              expectedSeq = seq + 1;
              checked++;
            }
          }
          return head(c, checked, expectedSeq - 1, prev);
        });
  }

  private static String problem(long seq, long expectedSeq, AcceptanceEvent e, String prev) {
    if (seq != expectedSeq) {
      return "acceptance(s) before this one were deleted: chain position "
          + expectedSeq
          + " is missing";
    }
    if (!e.prevHash().equals(prev)) {
      return "its previous-hash does not match the acceptance before it: an earlier acceptance"
          + " was deleted, edited or moved";
    }
    if (!HashChain.hashOf(e, prev).equals(e.hash())) {
      return "its fields do not match its hash: this acceptance was edited";
    }
    return null;
  }

  private static ChainReport head(
      java.sql.Connection c, long checked, long lastSeq, String lastHash) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT last_seq, last_hash FROM chain_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (rs.getLong(1) != lastSeq || !rs.getString(2).equals(lastHash)) {
        return new ChainReport(
            false,
            checked,
            rs.getLong(1),
            null,
            "the chain head records "
                + rs.getLong(1)
                + " acceptances but "
                + lastSeq
                + " remain: the most recent ones were deleted");
      }
    }
    return new ChainReport(true, checked, null, null, null);
  }
}
