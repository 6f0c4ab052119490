package org.scanstation.station.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.carrier.PassResult;
import org.scanstation.station.carrier.ReadBack;
import org.scanstation.station.store.StationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code station tracking}: the carrier read-back, by hand. */
@Command(
    name = "tracking",
    mixinStandardHelpOptions = true,
    description = "The carrier read-back: what AfterShip and USPS say happened to each parcel.",
    subcommands = {TrackingCommand.Pull.class})
final class TrackingCommand {

  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      description = {
        "Ask the carrier about every parcel whose next check is due (AfterShip in batches through"
            + " the backend's rate limit, USPS APIs v3 for tracking.usps.own-mids), keeping each"
            + " answer before the next call. A running station does this by itself.",
        "Without --once it runs until Ctrl-C/SIGTERM.",
        "Exit status: 0 done, 1 failed, 2 usage error."
      })
  static final class Pull implements Callable<Integer> {
    private final CliContext context;

    @Mixin private GlobalOptions global;

    @Option(names = "--once", description = "One pass over what is due now, then stop.")
    private boolean once;

    @Option(
        names = "--api-key-file",
        paramLabel = "FILE",
        description = "File holding the backend API key.")
    private Path keyFile;

    Pull(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
      StationAssembly assembly = global.assembly();
      StationStore store =
          OwnedStore.open(
              assembly,
              global.dataDir(),
              "reads the carrier back by itself; see 'station unscanned' and 'station track'");
      try (store;
          ReadBack readBack = assembly.readBack(store, keyFile)) {
        if (once) {
          PassResult r = readBack.pullOnce();
          Json.document(context.out(), r);
          return 0;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "tracking-stop"));
        readBack.start();
        while (!stop.await(10, TimeUnit.SECONDS)) {
          ReadBack.Totals t = readBack.totals();
          context
              .err()
              .printf(
                  "station: read-back %d parcels checked, %d calls, %d new carrier events%n",
                  t.checked(), t.calls(), t.events());
        }
        return 0;
      }
    }
  }
}
