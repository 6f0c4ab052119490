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
      "Progress (bytes copied, then links checked) goes to standard error (a bar on a terminal,"
          + " else a line every 5 s or 10%%; none with --quiet); the report (JSON) to standard"
          + " output.",
      "Exit status: 0 restored and intact, 1 failed or broken chain, 2 usage error."
    })
final class RestoreCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Mixin private ProgressOptions progressOptions;

  @Parameters(paramLabel = "DIR", description = "The directory given to 'station backup'.")
  private Path backup;

  RestoreCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StationStore store = restored()) {
      ChainReport report;
      try (Progress progress =
          ProgressDisplay.start(context, progressOptions, "check", "links", -1)) {
        report = new StoreCheck(store).run();
        progress.at(report.checked());
      }
      context.err().println("station: restored " + store.path() + " from " + backup);
      Json.document(context.out(), report);
      return report.intact() ? 0 : 1;
    }
  }

  private StationStore restored() {
    long size = TreeSize.of(backup.resolve(StationStore.STORE_DIR));
    try (Progress progress =
        ProgressDisplay.start(context, progressOptions, "restore", "bytes", size > 0 ? size : -1)) {
      return TreeSize.watching(
          global.dataDir().toAbsolutePath().resolve(StationStore.STORE_DIR),
          progress,
          () -> global.assembly().restoreStore(global.dataDir(), backup));
    }
  }
}
