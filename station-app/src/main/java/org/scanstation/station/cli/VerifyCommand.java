package org.scanstation.station.cli;

import java.util.concurrent.Callable;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.StationOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code station verify}: recomputes the acceptance hash chain. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute the acceptance hash chain and name the first acceptance that was edited,"
          + " deleted or reordered.",
      "Prints the report as JSON. Exit status: 0 intact, 1 broken, 2 usage error."
    })
final class VerifyCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  VerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StationOperations ops = Access.open(global, context)) {
      ChainReport report = ops.verify();
      Json.document(context.out(), report);
      if (!report.intact()) {
        context
            .err()
            .println(
                "station: chain broken at acceptance #"
                    + report.firstBadSeq()
                    + (report.firstBadTrackingNumber() == null
                        ? ""
                        : " (" + report.firstBadTrackingNumber() + ")")
                    + ": "
                    + report.problem());
      }
      return report.intact() ? 0 : 1;
    }
  }
}
