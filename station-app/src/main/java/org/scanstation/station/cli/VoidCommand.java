package org.scanstation.station.cli;

import java.util.concurrent.Callable;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.VoidOutcome;
import org.scanstation.station.api.VoidRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code station void}: withdraw an acceptance (a parcel pulled back before hand-off). */
@Command(
    name = "void",
    mixinStandardHelpOptions = true,
    description = {
      "Void a parcel's acceptance: the parcel was pulled back before hand-off. Records a VOIDED"
          + " link in the hash chain (the acceptance itself is never deleted or edited), cancels"
          + " its labels that have not printed, and deletes its tracking at the backend through"
          + " the outbox (or, when the create was never sent, withdraws it: no call at all)."
          + " Audited with the supervisor and the reason; a later scan of the number is refused.",
      "Needs the supervisor PIN: --pin prompts for it (no echo); scripts may set STATION_PIN."
          + " Uses the running station when one runs, else the store directly.",
      "Prints the void as JSON. Exit status: 0 voided, 1 refused (wrong PIN, never accepted,"
          + " voided already), 2 usage error."
    })
final class VoidCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Parameters(paramLabel = "TRACKING", description = "Tracking number of an accepted parcel.")
  private String trackingNumber;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why (mandatory, 3-500 characters), e.g. 'customer cancelled the order'.")
  private String reason;

  @Option(
      names = "--operator",
      required = true,
      paramLabel = "ID",
      description = "The supervisor's id, recorded in the void link and the audit log.")
  private String operator;

  @Option(names = "--pin", arity = "0", description = "Prompt for the supervisor PIN.")
  private boolean promptPin;

  VoidCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String pin = PinInput.read(context, promptPin, spec.commandLine());
    try (StationOperations ops = Access.open(global, context)) {
      VoidOutcome out = ops.voidAcceptance(new VoidRequest(trackingNumber, reason, operator, pin));
      Json.document(context.out(), out);
      return 0;
    }
  }
}
