package org.scanstation.station.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.scanstation.station.api.SyncStatus;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.sync.SyncJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code station sync}: runs the sync job in the foreground. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Push acceptance events from the outbox to the tracking backend, in the foreground.",
      "The API key comes from --api-key-file, backend.api-key-file, or STATION_BACKEND_API_KEY;"
          + " it is never shown.",
      "With sync.sink=kafka it publishes to kafka.topic instead (docs/fleet.md), unless"
          + " --backend or --api-key-file asks for the backend.",
      "Without --once or --until-empty it runs until Ctrl-C/SIGTERM. A running station syncs"
          + " by itself; this command is for stations run without it and for technicians.",
      "With --until-empty, progress against the backlog found at the start goes to standard"
          + " error (a bar on a terminal, else a line every 5 s or 10%%; none with --quiet).",
      "Exit status: 0 done, 1 paused (key or URL refused) or failed, 2 usage error."
    })
final class SyncCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Mixin private ProgressOptions progressOptions;

  @Option(
      names = "--backend",
      paramLabel = "URL",
      description = "Backend base URL (default: backend.url).")
  private String backend;

  @Option(names = "--api-key-file", paramLabel = "FILE", description = "File holding the API key.")
  private Path keyFile;

  @Option(names = "--once", description = "Send what is due now, then stop.")
  private boolean once;

  @Option(names = "--until-empty", description = "Run until no entry is pending, then stop.")
  private boolean untilEmpty;

  SyncCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    StationAssembly assembly = global.assembly();
    StationStore store =
        OwnedStore.open(
            assembly, global.dataDir(), "syncs its outbox itself; see 'station outbox stats'");
    try (store;
        SyncJob job = assembly.sync(store, backend, keyFile)) {
      context.err().println("station: syncing " + store.path() + " to " + job.status().backend());
      job.recoverLeases(); // this process owns the store: leases found now are a dead one's
      if (once) {
        job.drainDue();
        return report(job.status());
      }
      return untilEmpty ? drain(job) : runForever(job);
    }
  }

  private int drain(SyncJob job) throws InterruptedException {
    long backlog = job.status().pending();
    job.start();
    SyncStatus last;
    try (Progress progress =
        ProgressDisplay.start(context, progressOptions, "sync", "entries", backlog)) {
      last = untilEmptyOrPaused(job, progress, backlog);
    }
    return report(last);
  }

  private static SyncStatus untilEmptyOrPaused(SyncJob job, Progress progress, long backlog)
      throws InterruptedException {
    while (true) {
      SyncStatus s = job.status();
      // entries added meanwhile can make pending exceed the start's backlog: never below zero
      progress.at(Math.max(0, backlog - s.pending()));
      if (s.paused() || s.pending() == 0) {
        return s;
      }
      TimeUnit.SECONDS.sleep(1); // poll the job once a second, not a test wait
    }
  }

  private int runForever(SyncJob job) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "sync-stop"));
    job.start();
    while (!stop.await(5, TimeUnit.SECONDS)) {
      progress(job.status());
    }
    return 0;
  }

  private void progress(SyncStatus s) {
    context
        .err()
        .printf(
            "station: sync %d delivered, %d pending, %d quarantined, %.1f/s,"
                + " %d rate-limited%s%n",
            s.delivered(),
            s.pending(),
            s.quarantined(),
            s.deliveredPerSecond(),
            s.rateLimited(),
            s.paused() ? ", PAUSED: " + s.pauseReason() : "");
  }

  private int report(SyncStatus s) {
    Json.document(context.out(), s);
    if (s.paused()) {
      context
          .err()
          .println(
              "station: sync paused: "
                  + s.pauseReason()
                  + " - fix the API key or backend URL; nothing was lost");
      return 1;
    }
    return 0;
  }
}
