package org.scanstation.station.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.StoreInUseException;
import org.scanstation.station.web.StationApiClient;

/**
 * How a command reaches the station's data: it opens the store itself, or, when a running station
 * owns the store, it goes through that station's local API. Either way the caller gets the same
 * {@link StationOperations} and can say which it used ({@link StationOperations#describe()}).
 */
public final class StationAccess {
  private StationAccess() {}

  /**
   * Opens the store under {@code dataDir}, or reaches the station that owns it.
   *
   * @throws StoreInUseException when another process owns the store and offers no local API
   */
  public static StationOperations open(Path dataDir, StationConfig config) {
    try {
      StationStore store = StationStore.open(dataDir);
      return new LocalStation(store, config, StationWiring.labels(config), Clock.systemUTC());
    } catch (StoreInUseException e) {
      Optional<RunFile> run = RunFile.read(dataDir);
      if (run.isPresent()) {
        StationApiClient client =
            new StationApiClient(run.get().url(), run.get().token(), run.get().pid());
        if (client.reachable()) {
          return client;
        }
      }
      throw e;
    }
  }
}
