package org.scanstation.station.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code station restore DIR}: brings back a store from a backup. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore the store from a backup made by 'station backup DIR'.",
      "The data directory must not hold a store: move a damaged one aside first. The restored"
          + " store is checked like 'station verify' does (every table, then the chain); the"
          + " restored store is private to the station's user (0700, files 0600).",
      "Exit status: 0 restored and intact, 1 failed or broken chain, 2 usage error."
    })
final class RestoreCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Parameters(paramLabel = "DIR", description = "The directory given to 'station backup'.")
  private Path backup;

  RestoreCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StationStore store = global.assembly().restoreStore(global.dataDir(), backup)) {
      ChainReport report = new StoreCheck(store).run();
      context.err().println("station: restored " + store.path() + " from " + backup);
      Json.document(context.out(), report);
      return report.intact() ? 0 : 1;
    }
  }
}
