package org.scanstation.station.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.scanstation.device.printer.connect.PrinterUri;
import org.scanstation.station.api.ReprintOutcome;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.printing.PrintService;
import org.scanstation.station.store.PrintJobStatus;
import org.scanstation.station.store.PrintJobs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code station reprint}: the exact stored label again, audited, with the supervisor PIN. */
@Command(
    name = "reprint",
    mixinStandardHelpOptions = true,
    description = {
      "Reprint a parcel's label: the exact stored bytes, as a new print job, audited.",
      "Needs the supervisor PIN: --pin prompts for it (no echo); scripts may set STATION_PIN.",
      "While 'station run' runs, it prints the job at once. With the store opened directly and"
          + " --printer URI, the job is sent to that printer now and the command waits for it,"
          + " reporting each state on standard error; with a printer id it waits in the store for"
          + " the running station.",
      "Prints the job as JSON. Exit status: 0 queued (or printed), 1 refused or failed, 3 still"
          + " held when --wait ran out (it prints when the station runs), 2 usage error."
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

  @Option(
      names = "--wait",
      paramLabel = "D",
      converter = DurationConverter.class,
      defaultValue = "2m",
      description =
          "With the store opened directly and --printer URI: how long to wait for the printer"
              + " (default: ${DEFAULT-VALUE}).")
  private Duration wait;

  ReprintCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    String pin = pin();
    try (StationOperations ops = Access.open(global, context)) {
      ReprintOutcome out =
          ops.reprint(new ReprintRequest(trackingNumber, reason, operator, pin, printer));
      if (ops instanceof LocalStation local) {
        if (PrinterUri.looksLikeUri(out.printer())) {
          return printNow(local, out);
        }
        context
            .err()
            .println(
                "station: job "
                    + out.jobId()
                    + " waits in the store; it prints when 'station run' runs with printer "
                    + out.printer()
                    + " configured (or reprint with --printer URI)");
      }
      Json.document(context.out(), out);
      return 0;
    }
  }

  /** Sends the queued job to the printer its URI names and waits, as the station would. */
  private int printNow(LocalStation local, ReprintOutcome queued) throws InterruptedException {
    PrintJobs jobs = new PrintJobs(local.store());
    PrintWatch watch =
        new PrintWatch(
            context.err(), 1, (err, e) -> err.println("station: " + e.state() + " " + e.message()));
    boolean finished;
    try (PrintService service = global.assembly().directPrintService(local.store())) {
      service.addListener(watch);
      service.submit(queued.jobId());
      finished = watch.await(wait);
    }
    PrintJobStatus status =
        jobs.find(queued.jobId()).map(PrintJobs.Pending::status).orElse(PrintJobStatus.QUEUED);
    Json.document(
        context.out(),
        new ReprintOutcome(
            queued.jobId(),
            queued.trackingNumber(),
            queued.printer(),
            status.name(),
            queued.labelSha256()));
    if (!finished) {
      context
          .err()
          .println(
              "station: gave up waiting after "
                  + wait.toSeconds()
                  + " s; the job"
                  + " stays "
                  + status
                  + " and prints when the station runs");
      return PrinterStatusCommand.FAULTED;
    }
    return status == PrintJobStatus.PRINTED ? 0 : 1;
  }

  private String pin() {
    return PinInput.read(context, promptPin, spec.commandLine());
  }
}
