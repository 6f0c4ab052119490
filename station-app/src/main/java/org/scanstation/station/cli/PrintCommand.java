package org.scanstation.station.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.queue.JobEvent;
import org.scanstation.device.printer.queue.PrintJob;
import org.scanstation.device.printer.queue.PrintQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code station print}: sends a label file in the printer's language (ZPL, TSPL or EPL2) through
 * the same print queue the station uses and waits for the printer to confirm it. The tool a
 * technician tests a printer with.
 */
@Command(
    name = "print",
    mixinStandardHelpOptions = true,
    description = {
      "Send a label file in the printer's language (ZPL, TSPL or EPL2, e.g. from 'station label"
          + " --format tspl') to a printer as a job (each copy a job of its own) and wait until the"
          + " printer confirms it, printing each state change as a JSON line:",
      "  {\"job\":\"copy-1\",\"state\":\"SENDING\",\"attempts\":1,\"message\":…}",
      "A faulted printer holds the job until it is fixed; states: QUEUED, SENDING, HELD,"
          + " PRINTED, FAILED.",
      "URIs: tcp://HOST:9100, serial:/dev/ttyUSB0?baud=9600, usb:VID:PID, cups:QUEUE; add"
          + " ?lang=tspl or ?lang=epl (&lang=... after other parameters) for TSPL or EPL2"
          + " printers (ZPL when not given). A file in another language is refused, never sent.",
      "Over a serial line a bitmap job (every TSPL or EPL2 label) that would hold the line over"
          + " 10 s is refused; let it with &max-busy=30s in the URI.",
      "Exit status: 0 printed; 1 failed; 3 still held when --wait ran out (check the printer"
          + " before sending again); 2 usage error."
    })
final class PrintCommand implements Callable<Integer> {
  /** One state change as a JSON line. */
  @JsonPropertyOrder({"job", "state", "attempts", "printer", "message", "at"})
  record Line(
      String job,
      String state,
      int attempts,
      String printer,
      String confirmation,
      String message,
      String at) {
    static Line of(JobEvent e) {
      return new Line(
          e.jobId(),
          e.state().name(),
          e.attempts(),
          e.printerId(),
          e.confirmation() == null ? null : e.confirmation().name(),
          e.message(),
          e.at().toString());
    }
  }

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Parameters(
      paramLabel = "FILE",
      description = "The label to send, exactly as it is, in the printer's language.")
  private Path file;

  @Option(names = "--printer", required = true, paramLabel = "URI", description = "The printer.")
  private String uri;

  @Option(
      names = "--copies",
      paramLabel = "N",
      defaultValue = "1",
      description = "How many times to print it, each a job (1-100; default: ${DEFAULT-VALUE}).")
  private int copies;

  @Option(
      names = "--wait",
      paramLabel = "D",
      converter = DurationConverter.class,
      defaultValue = "2m",
      description = "How long to wait for the printer (default: ${DEFAULT-VALUE}).")
  private Duration wait;

  PrintCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (copies < 1 || copies > 100) {
      throw new ParameterException(spec.commandLine(), "--copies must be 1-100");
    }
    byte[] label = read();
    PrintWatch watch =
        new PrintWatch(context.out(), copies, (out, e) -> Json.line(out, Line.of(e)));
    try (PrintQueue queue = global.assembly().printQueue(open())) {
      queue.addListener(watch);
      queue.start();
      for (int i = 1; i <= copies; i++) {
        queue.submit(PrintJob.of("copy-" + i, label));
      }
      if (!watch.await(wait)) {
        giveUp(watch);
        return PrinterStatusCommand.FAULTED;
      }
    }
    return watch.anyFailed() ? 1 : 0;
  }

  private void giveUp(PrintWatch watch) {
    watch
        .unfinished()
        .forEach(
            (id, e) ->
                context
                    .err()
                    .println(
                        "station: gave up after "
                            + wait.toSeconds()
                            + " s: "
                            + id
                            + " is "
                            + e.state()
                            + (e.mayBeAtPrinter()
                                ? " and may still print — check the printer before sending it"
                                    + " again"
                                : ", not sent")
                            + ": "
                            + e.message()));
  }

  private byte[] read() {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e);
    }
  }

  private LabelPrinter open() {
    try {
      return global.assembly().printer(uri, null);
    } catch (DeviceException e) {
      throw new ParameterException(spec.commandLine(), "--printer: " + e.getMessage());
    }
  }
}
