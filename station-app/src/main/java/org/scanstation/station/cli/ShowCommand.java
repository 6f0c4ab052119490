package org.scanstation.station.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.StationOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code station show}: everything the station knows of one parcel. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show a parcel as JSON: shipment, acceptance, label, print jobs, sync state and audit.",
      "Exit status: 0 found, 1 unknown, 2 usage error."
    })
final class ShowCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Parameters(paramLabel = "TRACKING", description = "Tracking number (or order id).")
  private String key;

  ShowCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StationOperations ops = Access.open(global, context)) {
      Optional<ParcelView> view = ops.show(key);
      if (view.isEmpty()) {
        context.err().println("station: no parcel or order " + Printable.of(key) + " here");
        return 1;
      }
      Json.document(context.out(), view.get());
      return 0;
    }
  }
}
