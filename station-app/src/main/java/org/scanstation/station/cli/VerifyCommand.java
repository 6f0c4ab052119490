package org.scanstation.station.cli;

import java.util.concurrent.Callable;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.ChainReport.Verdict;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.store.LastBackup;
import org.scanstation.station.store.StoreDamagedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code station verify}: checks every table of the store and the acceptance hash chain. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check every table of the store (Derby's structural check) and recompute the acceptance"
          + " hash chain (its links are the acceptances, the voids and the end-of-day manifests,"
          + " in one sequence; a manifest's root is recomputed from its pieces); name the"
          + " damaged table, or the first acceptance, void or manifest that was edited, deleted"
          + " or reordered.",
      "Prints the report as JSON; its \"verdict\" is INTACT, DAMAGED (a store file: restore"
          + " from a backup), TAMPERED (an acceptance, a void, a manifest or its pieces, or the"
          + " chain head was edited) or DELETED (links are missing); \"checked\" counts the"
          + " links, \"voids\" and \"manifests\" those kinds among them.",
      "While it checks, a bar (on a terminal) or a line every 5 s or 10%% on standard error says"
          + " how many links of the chain it has checked, at what rate, and about how long is"
          + " left; none with --quiet.",
      "Exit status: 0 intact, 1 damaged, tampered or deleted, 2 usage error."
    })
final class VerifyCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Mixin private ProgressOptions progressOptions;

  VerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ChainReport report;
    try (StationOperations ops = Access.open(global, context);
        Progress progress =
            ProgressDisplay.start(
                context, progressOptions, "verify", "links", ops.chainLength().orElse(-1))) {
      report = ops.verify(progress::at);
      progress.at(report.checked());
    } catch (StoreDamagedException refused) {
      // the store would not open: its check is the report, and its message says how to restore
      Json.document(context.out(), refused.report());
      context.err().println("station: " + refused.getMessage());
      return 1;
    }
    Json.document(context.out(), report);
    if (report.verdict() == Verdict.DAMAGED) {
      context
          .err()
          .println(
              "station: the store is damaged ("
                  + report.damagedTable()
                  + "): "
                  + report.problem()
                  + "; "
                  + LastBackup.restoreHint(global.dataDir()));
    } else if (!report.intact()) {
      context
          .err()
          .println(
              "station: chain "
                  + report.verdict()
                  + " at chain link #"
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
