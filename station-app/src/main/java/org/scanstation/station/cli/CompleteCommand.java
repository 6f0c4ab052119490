package org.scanstation.station.cli;

import java.util.concurrent.Callable;
import org.scanstation.station.api.CompleteOutcome;
import org.scanstation.station.api.CompleteRequest;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.domain.carrier.CompletionReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code station complete}: mark a parcel's tracking completed at the backend. */
@Command(
    name = "complete",
    mixinStandardHelpOptions = true,
    description = {
      "Mark a parcel's tracking completed at the backend (AfterShip mark-as-completed) when the"
          + " carrier will not say how it ended: DELIVERED, LOST or RETURNED_TO_SENDER. Goes"
          + " through the outbox after the parcel's create; the parcel's carrier state becomes"
          + " COMPLETED ('<AS>: <reason>') and the read-back stops asking. Audited; not a link"
          + " of the hash chain.",
      "Needs the supervisor PIN: --pin prompts for it (no echo); scripts may set STATION_PIN."
          + " Uses the running station when one runs, else the store directly.",
      "Prints the result as JSON. Exit status: 0 recorded, 1 refused (wrong PIN, never"
          + " accepted, voided, completed already), 2 usage error."
    })
final class CompleteCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Parameters(paramLabel = "TRACKING", description = "Tracking number of an accepted parcel.")
  private String trackingNumber;

  @Option(
      names = "--as",
      required = true,
      paramLabel = "REASON",
      description = "How it ended: ${COMPLETION-CANDIDATES}.")
  private CompletionReason as;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why (mandatory, 3-500 characters), e.g. 'customer confirmed receipt'.")
  private String reason;

  @Option(
      names = "--operator",
      required = true,
      paramLabel = "ID",
      description = "The supervisor's id, recorded in the audit log.")
  private String operator;

  @Option(names = "--pin", arity = "0", description = "Prompt for the supervisor PIN.")
  private boolean promptPin;

  CompleteCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String pin = PinInput.read(context, promptPin, spec.commandLine());
    try (StationOperations ops = Access.open(global, context)) {
      CompleteOutcome out =
          ops.complete(new CompleteRequest(trackingNumber, as.name(), reason, operator, pin));
      Json.document(context.out(), out);
      return 0;
    }
  }
}
