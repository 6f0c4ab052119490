package org.scanstation.station.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.StationOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code station accept}: manual entry of scans, as a packer would scan them. */
@Command(
    name = "accept",
    mixinStandardHelpOptions = true,
    description = {
      "Accept parcels by tracking number or raw scan text (manual entry).",
      "With no RAW, reads scans from standard input, one per line.",
      "Prints one JSON result per scan: ACCEPTED, DUPLICATE or REJECTED.",
      "Exit status: 0 all accepted or duplicates, 1 any rejected, 2 usage error."
    })
final class AcceptCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Option(
      names = "--operator",
      required = true,
      paramLabel = "ID",
      description = "Operator id recorded on each acceptance (letters, digits, . _ @ -).")
  private String operator;

  @Option(
      names = "--scanner-id",
      paramLabel = "ID",
      defaultValue = "manual",
      description = "Scanner id recorded on each acceptance (default: ${DEFAULT-VALUE}).")
  private String scannerId;

  @Parameters(paramLabel = "RAW", arity = "0..*", description = "Scans to accept.")
  private List<String> raws = List.of();

  AcceptCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StationOperations ops = Access.open(global, context)) {
      boolean allGood = true;
      if (!raws.isEmpty()) {
        for (String raw : raws) {
          allGood &= print(ops.accept(raw, operator, scannerId));
        }
      } else {
        BoundedLineReader in = new BoundedLineReader(context.in(), ValidateCommand.MAX_LINE_BYTES);
        for (BoundedLineReader.Line line; (line = in.next()) != null; ) {
          if (!line.text().isBlank()) {
            allGood &= print(ops.accept(line.text(), operator, scannerId));
          }
        }
      }
      return allGood ? 0 : 1;
    }
  }

  private boolean print(AcceptOutcome outcome) {
    Json.line(context.out(), outcome);
    return !outcome.result().equals("REJECTED");
  }
}
