package org.scanstation.station.api;

import java.util.Objects;

/**
 * The result of checking the store: Derby's structural check of every table, then the acceptance
 * hash chain recomputed in order. The chain's links are acceptances, voids (a supervisor's
 * withdrawal of an acceptance) and manifests (an end-of-day hand-off), in one sequence.
 *
 * @param intact whether every table and every link verified
 * @param checked links checked (acceptances, voids and manifests)
 * @param firstBadSeq the first link (chain position) that fails, or null
 * @param firstBadTrackingNumber its tracking number, or null
 * @param problem what is wrong there, or null
 * @param verdict which kind of fault this is ({@link Verdict#INTACT} when none)
 * @param damagedTable for {@link Verdict#DAMAGED}: the damaged table, or the Derby file when the
 *     table is unknown; otherwise null
 * @param voids how many of the checked links are voids
 * @param manifests how many of the checked links are manifests
 */
public record ChainReport(
    boolean intact,
    long checked,
    Long firstBadSeq,
    String firstBadTrackingNumber,
    String problem,
    Verdict verdict,
    String damagedTable,
    long voids,
    long manifests) {

  /** What a check found, in the words an operator acts on. */
  public enum Verdict {
    /** Every table reads back and every acceptance matches its hash and its place. */
    INTACT,
    /** A store file is damaged (Derby's check or a read failed): restore from a backup. */
    DAMAGED,
    /** A link's fields, its previous-hash or the chain head were changed. */
    TAMPERED,
    /** Links are missing: a gap in the chain, or fewer than the chain head records. */
    DELETED
  }

  /** Checks that the verdict agrees with {@code intact}. */
  public ChainReport {
    Objects.requireNonNull(verdict, "verdict");
    if (intact != (verdict == Verdict.INTACT)) {
      throw new IllegalArgumentException("intact=" + intact + " contradicts verdict " + verdict);
    }
  }

  /** Every table and all {@code checked} acceptances (no voids) verified. */
  public static ChainReport intactAfter(long checked) {
    return intactAfter(checked, 0);
  }

  /** Every table and all {@code checked} links, {@code voids} of them voids, verified. */
  public static ChainReport intactAfter(long checked, long voids) {
    return intactAfter(checked, voids, 0);
  }

  /** Every table and all {@code checked} links verified, with these many voids and manifests. */
  public static ChainReport intactAfter(long checked, long voids, long manifests) {
    return new ChainReport(true, checked, null, null, null, Verdict.INTACT, null, voids, manifests);
  }

  /** The chain breaks at link {@code seq}: {@link Verdict#TAMPERED} or DELETED. */
  public static ChainReport broken(
      Verdict verdict, long checked, Long seq, String trackingNumber, String problem) {
    return new ChainReport(false, checked, seq, trackingNumber, problem, verdict, null, 0, 0);
  }

  /** A store file of {@code table} (or the named Derby file) cannot be read back. */
  public static ChainReport damaged(long checked, String table, String problem) {
    return new ChainReport(false, checked, null, null, problem, Verdict.DAMAGED, table, 0, 0);
  }
}
