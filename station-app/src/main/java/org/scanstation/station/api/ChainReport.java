package org.scanstation.station.api;

import java.util.Objects;

/**
 * The result of checking the store: Derby's structural check of every table, then the acceptance
 * hash chain recomputed in order.
 *
 * @param intact whether every table and every link verified
 * @param checked acceptances checked
 * @param firstBadSeq the first acceptance (chain position) that fails, or null
 * @param firstBadTrackingNumber its tracking number, or null
 * @param problem what is wrong there, or null
 * @param verdict which kind of fault this is ({@link Verdict#INTACT} when none)
 * @param damagedTable for {@link Verdict#DAMAGED}: the damaged table, or the Derby file when the
 *     table is unknown; otherwise null
 */
public record ChainReport(
    boolean intact,
    long checked,
    Long firstBadSeq,
    String firstBadTrackingNumber,
    String problem,
    Verdict verdict,
    String damagedTable) {

  /** What a check found, in the words an operator acts on. */
  public enum Verdict {
    /** Every table reads back and every acceptance matches its hash and its place. */
    INTACT,
    /** A store file is damaged (Derby's check or a read failed): restore from a backup. */
    DAMAGED,
    /** An acceptance's fields, its previous-hash or the chain head were changed. */
    TAMPERED,
    /** Acceptances are missing: a gap in the chain, or fewer than the chain head records. */
    DELETED
  }

  /** Checks that the verdict agrees with {@code intact}. */
  public ChainReport {
    Objects.requireNonNull(verdict, "verdict");
    if (intact != (verdict == Verdict.INTACT)) {
      throw new IllegalArgumentException("intact=" + intact + " contradicts verdict " + verdict);
    }
  }

  /** Every table and all {@code checked} acceptances verified. */
  public static ChainReport intactAfter(long checked) {
    return new ChainReport(true, checked, null, null, null, Verdict.INTACT, null);
  }

  /** The chain breaks at acceptance {@code seq}: {@link Verdict#TAMPERED} or DELETED. */
  public static ChainReport broken(
      Verdict verdict, long checked, Long seq, String trackingNumber, String problem) {
    return new ChainReport(false, checked, seq, trackingNumber, problem, verdict, null);
  }

  /** A store file of {@code table} (or the named Derby file) cannot be read back. */
  public static ChainReport damaged(long checked, String table, String problem) {
    return new ChainReport(false, checked, null, null, problem, Verdict.DAMAGED, table);
  }
}
