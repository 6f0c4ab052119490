package org.scanstation.station.store;

import java.nio.file.Path;
import java.util.Optional;
import org.scanstation.station.StationException;
import org.scanstation.station.api.ChainReport;

/**
 * The store failed its check at open: a damaged file, or a chain that does not verify. Names the
 * store, what is wrong and how to restore from the last backup; carries the full report so that
 * {@code station verify} can still print it.
 */
public final class StoreDamagedException extends StationException {
  private static final long serialVersionUID = 1L;

  private final transient ChainReport report;

  /** The store of {@code dataDir} failed with {@code report} (not intact). */
  StoreDamagedException(Path dataDir, ChainReport report, Throwable cause) {
    super(message(dataDir, report), cause);
    this.report = report;
  }

  /**
   * Throws a {@code StoreDamagedException} when {@code error}, from opening the store at {@code
   * storePath} (null for a store in memory), is a sign of a damaged file; returns otherwise.
   */
  static void throwIfDamage(Path storePath, Throwable error) {
    if (storePath == null) {
      return;
    }
    Optional<DerbyDamage> damage = DerbyDamage.in(error);
    if (damage.isPresent()) {
      ChainReport r = ChainReport.damaged(0, damage.get().where(), damage.get().summary());
      throw new StoreDamagedException(storePath.getParent(), r, error);
    }
  }

  /** What the check found. */
  public ChainReport report() {
    return report;
  }

  private static String message(Path dataDir, ChainReport r) {
    Path store = dataDir.toAbsolutePath().normalize().resolve(StationStore.STORE_DIR);
    String hint = LastBackup.restoreHint(dataDir);
    if (r.verdict() == ChainReport.Verdict.DAMAGED) {
      return "store "
          + store
          + " is damaged ("
          + r.damagedTable()
          + "): "
          + r.problem()
          + "; "
          + hint;
    }
    return "store "
        + store
        + " failed its chain check ("
        + r.verdict()
        + ") at chain link #"
        + r.firstBadSeq()
        + (r.firstBadTrackingNumber() == null ? "" : " (" + r.firstBadTrackingNumber() + ")")
        + ": "
        + r.problem()
        + "; the station does not start on a chain that does not verify: keep the store as"
        + " evidence, see 'station verify', then "
        + hint;
  }
}
