package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.ChainReport.Verdict;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.store.ChainLinks.Link;

/**
 * Recomputes the hash chain in chain order and names the first link that was edited or reordered
 * ({@link Verdict#TAMPERED}) or deleted ({@link Verdict#DELETED}). The links are the acceptances,
 * the voids and the manifests, three tables in one sequence ({@link ChainLinks}); a manifest also
 * needs its pieces to give the root and count it records, so a piece deleted, moved or swapped is
 * TAMPERED. A row that cannot be read back is {@link Verdict#DAMAGED}, never a stack trace.
 * Thread-safe.
 */
public final class ChainVerifier {
  /** How often (in links) a long check says how far it has got. */
  static final int EVERY = 1000;

  private static final String LENGTH = "SELECT last_seq FROM chain_head WHERE id = 1";

  private final StationStore store;

  /** A verifier for {@code store}. */
  public ChainVerifier(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The chain's length as its head says: what a full check will count. Blocks for one read. */
  public long length() {
    return store.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(LENGTH);
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
          }
        });
  }

  /** Checks every link and the chain head. Blocks while it reads the whole chain. */
  public ChainReport verify() {
    return verify(n -> {});
  }

  /**
   * {@link #verify()}, telling {@code linksChecked} the links checked so far every {@value #EVERY}
   * links, on the calling thread.
   */
  public ChainReport verify(LongConsumer linksChecked) {
    long[] checked = {0, 0, 0};
    try {
      return store.read(c -> walk(c, checked, linksChecked));
    } catch (RuntimeException e) {
      // a row Derby cannot read (a bad page, a Derby NullPointerException) is file damage
      DerbyDamage d = DerbyDamage.of(e.getCause() != null ? e.getCause() : e);
      return ChainReport.damaged(
          checked[0],
          "ACCEPTANCE, ACCEPTANCE_VOID, MANIFEST, MANIFEST_PIECE or CHAIN_HEAD",
          d.summary());
    }
  }

  /**
   * {@code checked[0]} counts links, {@code checked[1]} the voids, {@code checked[2]} manifests.
   */
  private static ChainReport walk(Connection c, long[] checked, LongConsumer linksChecked)
      throws SQLException {
    String prev = HashChain.GENESIS;
    long expectedSeq = 1;
    try (ChainLinks links = new ChainLinks(c)) {
      for (Link link; (link = links.next(prev)) != null; ) {
        ChainReport problem = problem(checked[0], expectedSeq, link, prev);
        if (problem != null) {
          return problem;
        }
        prev = link.hash();
        expectedSeq = link.seq() + 1;
        checked[0]++;
        checked[1] += link.kind().equals("void") ? 1 : 0;
        checked[2] += link.kind().equals("manifest") ? 1 : 0;
        if (checked[0] % EVERY == 0) {
          linksChecked.accept(checked[0]);
        }
      }
    }
    return head(c, checked, expectedSeq - 1, prev);
  }

  private static ChainReport problem(long checked, long expectedSeq, Link l, String prev) {
    if (l.seq() > expectedSeq) {
      return ChainReport.broken(
          Verdict.DELETED,
          checked,
          l.seq(),
          l.subject(),
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
          l.subject(),
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
          l.subject(),
          "its previous-hash does not match the link before it: an earlier acceptance, void or"
              + " manifest was deleted, edited or moved");
    }
    if (!l.recomputed().equals(l.hash())) {
      return ChainReport.broken(
          Verdict.TAMPERED,
          checked,
          l.seq(),
          l.subject(),
          "its fields do not match its hash: this " + l.kind() + " was edited");
    }
    if (l.contentProblem() != null) {
      return ChainReport.broken(
          Verdict.TAMPERED, checked, l.seq(), l.subject(), l.contentProblem());
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
                + " links (acceptances, voids and manifests) but "
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
    return ChainReport.intactAfter(checked[0], checked[1], checked[2]);
  }
}
