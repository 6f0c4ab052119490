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
import org.scanstation.station.domain.acceptance.VoidEvent;

/**
 * Recomputes the hash chain in chain order and names the first link that was edited or reordered
 * ({@link Verdict#TAMPERED}) or deleted ({@link Verdict#DELETED}). The links are the acceptances
 * and the voids, two tables in one sequence: both are streamed and merged by position, so memory
 * stays constant however long the chain. A row that cannot be read back is {@link Verdict#DAMAGED},
 * never a stack trace. Thread-safe.
 */
public final class ChainVerifier {
  private final StationStore store;

  /** A verifier for {@code store}. */
  public ChainVerifier(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** One link as the walk needs it, whichever table it came from. */
  private record Link(long seq, String kind, String trackingNumber, String prevHash, String hash) {}

  /** Checks every link and the chain head. Blocks while it reads the whole chain. */
  public ChainReport verify() {
    long[] checked = {0, 0};
    try {
      return store.read(c -> walk(c, checked));
    } catch (RuntimeException e) {
      // a row Derby cannot read (a bad page, a Derby NullPointerException) is file damage
      DerbyDamage d = DerbyDamage.of(e.getCause() != null ? e.getCause() : e);
      return ChainReport.damaged(
          checked[0], "ACCEPTANCE, ACCEPTANCE_VOID or CHAIN_HEAD", d.summary());
    }
  }

  /** {@code checked[0]} counts links, {@code checked[1]} the voids among them. */
  private static ChainReport walk(Connection c, long[] checked) throws SQLException {
    String acceptances = "SELECT seq, " + AcceptanceRows.COLUMNS + " FROM acceptance ORDER BY seq";
    String voids = "SELECT " + VoidRows.COLUMNS + " FROM acceptance_void ORDER BY seq";
    String prev = HashChain.GENESIS;
    long expectedSeq = 1;
    try (PreparedStatement pa = c.prepareStatement(acceptances);
        PreparedStatement pv = c.prepareStatement(voids);
        ResultSet ra = pa.executeQuery();
        ResultSet rv = pv.executeQuery()) {
      boolean moreA = ra.next();
      boolean moreV = rv.next();
      while (moreA || moreV) {
        boolean takeA = moreA && (!moreV || ra.getLong("seq") <= rv.getLong("seq"));
        String recomputed;
        Link link;
        if (takeA) {
          AcceptanceEvent e = AcceptanceRows.map(ra);
          link =
              new Link(ra.getLong("seq"), "acceptance", e.trackingNumber(), e.prevHash(), e.hash());
          recomputed = HashChain.hashOf(e, prev);
        } else {
          VoidEvent v = VoidRows.map(rv);
          link = new Link(v.seq(), "void", v.trackingNumber(), v.prevHash(), v.hash());
          recomputed = v.recompute(prev);
        }
        ChainReport problem = problem(checked[0], expectedSeq, link, prev, recomputed);
        if (problem != null) {
          return problem;
        }
        prev = link.hash();
        expectedSeq = link.seq() + 1;
        checked[0]++;
        if (takeA) {
          moreA = ra.next();
        } else {
          checked[1]++;
          moreV = rv.next();
        }
      }
    }
    return head(c, checked, expectedSeq - 1, prev);
  }

  private static ChainReport problem(
      long checked, long expectedSeq, Link l, String prev, String recomputed) {
    if (l.seq() > expectedSeq) {
      return ChainReport.broken(
          Verdict.DELETED,
          checked,
          l.seq(),
          l.trackingNumber(),
          "link(s) before this "
              + l.kind()
              + " were deleted: chain position "
              + expectedSeq
              + " is missing");
    }
    if (l.seq() < expectedSeq) {
      return ChainReport.broken(
          Verdict.TAMPERED,
          checked,
          l.seq(),
          l.trackingNumber(),
          "this "
              + l.kind()
              + " claims chain position "
              + l.seq()
              + ", which another link holds: a link was added or renumbered");
    }
    if (!l.prevHash().equals(prev)) {
      return ChainReport.broken(
          Verdict.TAMPERED,
          checked,
          l.seq(),
          l.trackingNumber(),
          "its previous-hash does not match the link before it: an earlier acceptance or void"
              + " was deleted, edited or moved");
    }
    if (!recomputed.equals(l.hash())) {
      return ChainReport.broken(
          Verdict.TAMPERED,
          checked,
          l.seq(),
          l.trackingNumber(),
          "its fields do not match its hash: this " + l.kind() + " was edited");
    }
    return null;
  }

  private static ChainReport head(Connection c, long[] checked, long lastSeq, String lastHash)
      throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT last_seq, last_hash FROM chain_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return ChainReport.broken(
            Verdict.TAMPERED, checked[0], null, null, "the chain head row was deleted");
      }
      long headSeq = rs.getLong(1);
      if (headSeq > lastSeq) {
        return ChainReport.broken(
            Verdict.DELETED,
            checked[0],
            headSeq,
            null,
            "the chain head records "
                + headSeq
                + " links (acceptances and voids) but "
                + lastSeq
                + " remain: the most recent ones were deleted");
      }
      if (headSeq != lastSeq || !rs.getString(2).equals(lastHash)) {
        return ChainReport.broken(
            Verdict.TAMPERED,
            checked[0],
            headSeq,
            null,
            "the chain head (position "
                + headSeq
                + ") does not match the last link"
                + " (position "
                + lastSeq
                + "): the head or the chain was edited");
      }
    }
    return ChainReport.intactAfter(checked[0], checked[1]);
  }
}
