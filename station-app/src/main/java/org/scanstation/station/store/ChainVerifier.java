package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.ChainReport.Verdict;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;

/**
 * Recomputes the acceptance hash chain in chain order and names the first acceptance that was
 * edited or reordered ({@link Verdict#TAMPERED}) or deleted ({@link Verdict#DELETED}). A row that
 * cannot be read back is {@link Verdict#DAMAGED}, never a stack trace. Streams the table: constant
 * memory. Thread-safe.
 */
public final class ChainVerifier {
  private final StationStore store;

  /** A verifier for {@code store}. */
  public ChainVerifier(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Checks every link and the chain head. Blocks while it reads the whole chain. */
  public ChainReport verify() {
    long[] checked = {0};
    try {
      return store.read(c -> walk(c, checked));
    } catch (RuntimeException e) {
      // a row Derby cannot read (a bad page, a Derby NullPointerException) is file damage
      DerbyDamage d = DerbyDamage.of(e.getCause() != null ? e.getCause() : e);
      return ChainReport.damaged(checked[0], "ACCEPTANCE or CHAIN_HEAD", d.summary());
    }
  }

  private static ChainReport walk(Connection c, long[] checked) throws SQLException {
    String sql = "SELECT seq, " + AcceptanceRows.COLUMNS + " FROM acceptance ORDER BY seq";
    String prev = HashChain.GENESIS;
    long expectedSeq = 1;
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long seq = rs.getLong("seq");
        AcceptanceEvent e = AcceptanceRows.map(rs);
        ChainReport problem = problem(checked[0], seq, expectedSeq, e, prev);
        if (problem != null) {
          return problem;
        }
        prev = e.hash();
        expectedSeq = seq + 1;
        checked[0]++;
      }
    }
    return head(c, checked[0], expectedSeq - 1, prev);
  }

  private static ChainReport problem(
      long checked, long seq, long expectedSeq, AcceptanceEvent e, String prev) {
    if (seq != expectedSeq) {
      return ChainReport.broken(
          Verdict.DELETED,
          checked,
          seq,
          e.trackingNumber(),
          "acceptance(s) before this one were deleted: chain position "
              + expectedSeq
              + " is missing");
    }
    if (!e.prevHash().equals(prev)) {
      return ChainReport.broken(
          Verdict.TAMPERED,
          checked,
          seq,
          e.trackingNumber(),
          "its previous-hash does not match the acceptance before it: an earlier acceptance"
              + " was deleted, edited or moved");
    }
    if (!HashChain.hashOf(e, prev).equals(e.hash())) {
      return ChainReport.broken(
          Verdict.TAMPERED,
          checked,
          seq,
          e.trackingNumber(),
          "its fields do not match its hash: this acceptance was edited");
    }
    return null;
  }

  private static ChainReport head(Connection c, long checked, long lastSeq, String lastHash)
      throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT last_seq, last_hash FROM chain_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return ChainReport.broken(
            Verdict.TAMPERED, checked, null, null, "the chain head row was deleted");
      }
      long headSeq = rs.getLong(1);
      if (headSeq > lastSeq) {
        return ChainReport.broken(
            Verdict.DELETED,
            checked,
            headSeq,
            null,
            "the chain head records "
                + headSeq
                + " acceptances but "
                + lastSeq
                + " remain: the most recent ones were deleted");
      }
      if (headSeq != lastSeq || !rs.getString(2).equals(lastHash)) {
        return ChainReport.broken(
            Verdict.TAMPERED,
            checked,
            headSeq,
            null,
            "the chain head (position "
                + headSeq
                + ") does not match the last acceptance"
                + " (position "
                + lastSeq
                + "): the head or the chain was edited");
      }
    }
    return ChainReport.intactAfter(checked);
  }
}
