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

  /** One link as the walk needs it, whichever table it came from, and its recomputed hash. */
  private record Link(
      long seq,
      String kind,
      String trackingNumber,
      String prevHash,
      String hash,
      String recomputed) {}

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
      Merge links = new Merge(ra, rv);
      for (Link link; (link = links.next(prev)) != null; ) {
        ChainReport problem = problem(checked[0], expectedSeq, link, prev);
        if (problem != null) {
          return problem;
        }
        prev = link.hash();
        expectedSeq = link.seq() + 1;
        checked[0]++;
        checked[1] += link.kind().equals("void") ? 1 : 0;
      }
    }
    return head(c, checked, expectedSeq - 1, prev);
  }

  /** The two tables' rows in position order; an acceptance first when both claim one position. */
  private static final class Merge {
    private final ResultSet acceptances;
    private final ResultSet voids;
    private boolean moreA;
    private boolean moreV;

    Merge(ResultSet acceptances, ResultSet voids) throws SQLException {
      this.acceptances = acceptances;
      this.voids = voids;
      this.moreA = acceptances.next();
      this.moreV = voids.next();
    }

    /** The next link, its hash recomputed after {@code prev}; null after the last. */
    Link next(String prev) throws SQLException {
      if (!moreA && !moreV) {
        return null;
      }
      Link link;
      if (moreA && (!moreV || acceptances.getLong("seq") <= voids.getLong("seq"))) {
        AcceptanceEvent e = AcceptanceRows.map(acceptances);
        long seq = acceptances.getLong("seq");
        link =
            new Link(
                seq,
                "acceptance",
                e.trackingNumber(),
                e.prevHash(),
                e.hash(),
                HashChain.hashOf(e, prev));
        moreA = acceptances.next();
      } else {
        VoidEvent v = VoidRows.map(voids);
        link =
            new Link(
                v.seq(), "void", v.trackingNumber(), v.prevHash(), v.hash(), v.recompute(prev));
        moreV = voids.next();
      }
      return link;
    }
  }

  private static ChainReport problem(long checked, long expectedSeq, Link l, String prev) {
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
    if (!l.recomputed().equals(l.hash())) {
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
