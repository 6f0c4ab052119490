package org.scanstation.station.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.store.StationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code station backup DIR}: an online backup of the store. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Make an online backup of the store under DIR (scanning may go on meanwhile). DIR and the"
          + " backup are private to the station's user (0700, files 0600); the data directory"
          + " records DIR as the last backup, which a refused start names for restoring.",
      "Restore it with 'station restore DIR' into an empty data directory.",
      "Progress in bytes goes to standard error (a bar on a terminal, else a line every 5 s or"
          + " 10%%; none with --quiet); the backup's directory to standard output."
    })
final class BackupCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Mixin private ProgressOptions progressOptions;

  @Parameters(paramLabel = "DIR", description = "Directory to put the backup in.")
  private Path dir;

  BackupCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StationOperations ops = Access.open(global, context)) {
      long size = TreeSize.of(global.dataDir().resolve(StationStore.STORE_DIR));
      Path where;
      try (Progress progress =
          ProgressDisplay.start(
              context, progressOptions, "backup", "bytes", size > 0 ? size : -1)) {
        where =
            TreeSize.watching(
                dir.toAbsolutePath().resolve(StationStore.STORE_DIR),
                progress,
                () -> ops.backup(dir));
      }
      context.out().println(where);
      return 0;
    }
  }
}
