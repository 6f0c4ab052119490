package org.scanstation.station.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scanstation.station.StationException;

/**
 * Brings back a store from a backup made by {@link StationStore#backup}: into an empty data
 * directory only, private to the station's user like a new store, with the receipt key when the
 * data directory has none. Blocks for the copy.
 */
final class StoreRestore {
  private StoreRestore() {}

  /** See {@link StationStore#restore}. */
  static StationStore restore(Path dataDir, Path backupDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    Path storePath = dir.resolve(StationStore.STORE_DIR);
    Path source = backupDir.toAbsolutePath().normalize().resolve(StationStore.STORE_DIR);
    if (!Files.isDirectory(source)) {
      throw new StationException("no backup at " + source + " (expected the directory 'store')");
    }
    if (Files.exists(storePath)) {
      throw new StationException(
          "store " + storePath + " exists; move it aside before restoring from " + backupDir);
    }
    PrivateFiles.createDirectories(dir);
    StoreLock lock = StoreLock.acquire(dir, storePath);
    try {
      // before the boot: a key copied for a restore that then fails is still this station's key
      ReceiptKey.restore(backupDir.toAbsolutePath().normalize(), dir);
      StationStore store = bootFrom(source, storePath, lock);
      PrivateFiles.tightenDataDir(dir, StationStore.STATION_FILES);
      return store;
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static StationStore bootFrom(Path source, Path storePath, StoreLock lock) {
    try {
      return StationStore.boot(
          "jdbc:derby:" + storePath + ";restoreFrom=" + source, storePath, lock);
    } catch (StoreDamagedException e) {
      // the damage is in the backup being copied, not in a store the operator has
      throw new StationException(
          "cannot restore from "
              + source
              + ": the backup is damaged ("
              + e.report().damagedTable()
              + "): "
              + e.report().problem()
              + "; restore an older backup",
          e);
    }
  }
}
