package org.scanstation.station.cli;

import java.nio.file.Path;
import org.scanstation.station.StationException;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.StoreInUseException;

/** Opens the store for a command that must own it (no running station may hold it). */
final class OwnedStore {
  private OwnedStore() {}

  /**
   * The store under the command's data directory, this process alone.
   *
   * @param whatTheStationDoes what a running station does instead, for the message when one owns
   *     the store (e.g. "syncs its outbox itself; see 'station outbox stats'")
   */
  static StationStore open(StationAssembly assembly, Path dataDir, String whatTheStationDoes) {
    try {
      return assembly.openStore(dataDir);
    } catch (StoreInUseException e) {
      throw new StationException(
          e.getMessage() + ". A running station " + whatTheStationDoes + ".");
    }
  }
}
