package org.scanstation.station.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import org.scanstation.station.api.ReprintOutcome;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.StationOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code station reprint}: the exact stored label again, audited, with the supervisor PIN. */
@Command(
    name = "reprint",
    mixinStandardHelpOptions = true,
    description = {
      "Reprint a parcel's label: the exact stored bytes, as a new print job, audited.",
      "Needs the supervisor PIN: --pin prompts for it (no echo); scripts may set STATION_PIN.",
      "Prints the new job as JSON. Exit status: 0 queued, 1 refused, 2 usage error."
    })
final class ReprintCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Parameters(paramLabel = "TRACKING", description = "Tracking number of an accepted parcel.")
  private String trackingNumber;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why (mandatory, 3-500 characters), e.g. 'label smudged'.")
  private String reason;

  @Option(
      names = "--operator",
      required = true,
      paramLabel = "ID",
      description = "The supervisor's id, recorded in the audit log.")
  private String operator;

  @Option(
      names = "--printer",
      paramLabel = "ID|URI",
      description = "Printer id or URI (default: the station's printer, station.printer).")
  private String printer;

  @Option(names = "--pin", arity = "0", description = "Prompt for the supervisor PIN.")
  private boolean promptPin;

  ReprintCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String pin = pin();
    try (StationOperations ops = Access.open(global, context)) {
      ReprintOutcome out =
          ops.reprint(new ReprintRequest(trackingNumber, reason, operator, pin, printer));
      Json.document(context.out(), out);
      return 0;
    }
  }

  private String pin() {
    String fromEnv = context.env().get("STATION_PIN");
    if (!promptPin && fromEnv != null) {
      return fromEnv;
    }
    Console console = System.console();
    if (console == null) {
      throw new ParameterException(
          spec.commandLine(),
          "the supervisor PIN is needed: run in a terminal with --pin, or set STATION_PIN");
    }
    char[] typed = console.readPassword("Supervisor PIN: ");
    return typed == null ? "" : new String(typed);
  }
}
