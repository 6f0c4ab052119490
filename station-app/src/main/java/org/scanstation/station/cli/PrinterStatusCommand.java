package org.scanstation.station.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.connect.Printers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code station printer-status}: asks one printer for its status, as the station would. */
@Command(
    name = "printer-status",
    mixinStandardHelpOptions = true,
    description = {
      "Ask a label printer for its status (~HS, ~HQES, ~HQOD; lpstat for CUPS) and print it as"
          + " JSON:",
      "  {\"printer\":…,\"state\":\"PAPER_OUT\",\"ready\":false,\"labelsRemaining\":0,\"raw\":…,"
          + "\"message\":…}",
      "No answer within --timeout is a fault (UNRESPONSIVE): Zebras fall silent while faulted.",
      "URIs: tcp://HOST:9100, serial:/dev/ttyUSB0?baud=9600, usb:VID:PID, cups:QUEUE",
      "Exit status: 0 ready; 3 faulted or not answering; 4 unreachable; 2 usage error."
    })
final class PrinterStatusCommand implements Callable<Integer> {
  /** Exit status of a printer that answered (or fell silent) and is not ready. */
  static final int FAULTED = 3;

  /** Exit status of a printer that cannot be reached. */
  static final int UNREACHABLE = 4;

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(
      names = "--printer",
      required = true,
      paramLabel = "URI",
      description = "The printer, e.g. tcp://10.0.0.7:9100.")
  private String uri;

  @Option(
      names = "--timeout",
      paramLabel = "D",
      converter = DurationConverter.class,
      defaultValue = "2s",
      description = "How long to wait for each reply (default: ${DEFAULT-VALUE}).")
  private Duration timeout;

  PrinterStatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrinterOptions options = PrinterOptions.DEFAULTS.withStatusTimeout(timeout);
    PrinterStatus s;
    try (LabelPrinter printer = open(uri, options)) {
      s = printer.status();
    }
    Json.line(context.out(), PrinterStatusLine.of(uri, s));
    if (!s.ready()) {
      context.err().println("station: " + s.message());
    }
    if (s.ready()) {
      return 0;
    }
    return s.state() == PrinterState.UNREACHABLE ? UNREACHABLE : FAULTED;
  }

  private LabelPrinter open(String uri, PrinterOptions options) {
    try {
      return Printers.open(uri, uri, options, Clock.systemUTC());
    } catch (DeviceException e) {
      throw new ParameterException(spec.commandLine(), "--printer: " + e.getMessage());
    }
  }
}
