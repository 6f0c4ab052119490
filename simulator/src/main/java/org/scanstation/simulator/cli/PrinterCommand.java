package org.scanstation.simulator.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.scanstation.simulator.admin.PrinterControl;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterLanguage;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simulator printer}: a ZPL, TSPL or EPL2 label printer on TCP or a pty, until stopped. */
@Command(
    name = "printer",
    mixinStandardHelpOptions = true,
    description = {
      "Run a label printer speaking --lang: ZPL receives formats (^XA...^XZ) and answers ~HS and"
          + " ~HQES; TSPL takes SIZE...BITMAP...PRINT jobs and answers <ESC>!? and <ESC>!S; EPL"
          + " takes N...GW...P1 jobs and answers ^ee. It keeps every job with its barcodes (read"
          + " from the bitmap for TSPL and EPL), refuses lines it does not understand, and prints"
          + " labels at --per-label speed. Runs until 'quit' or Ctrl-C.",
      "Faults: "
          + "paper-out, ribbon-out, head-open, paused, buffer-full, silent,"
          + " refuse-connections, drop-mid-job (switch them while running: admin endpoint or"
          + " standard input)."
    })
final class PrinterCommand implements Callable<Integer> {
  private final CliStreams io;

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "TCP port (real printers: 9100; default: ephemeral).")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private InetAddress bind;

  @Option(
      names = "--serial",
      paramLabel = "PATH",
      description = "Be a serial printer on a new pty at PATH (needs socat) instead of TCP.")
  private Path serial;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "zpl",
      description = "Printer language: zpl, tspl or epl (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Option(
      names = "--fault",
      paramLabel = "NAME",
      description = "Start with this fault on (repeatable).")
  private List<String> faults = List.of();

  @Option(
      names = "--per-label",
      paramLabel = "DURATION",
      defaultValue = "1.2s",
      converter = DurationOption.class,
      description = "Time to print one label (default: ${DEFAULT-VALUE}).")
  private Duration perLabel;

  @Option(
      names = "--mute-when-faulted",
      description =
          "Answer no status query while paper or ribbon is out or the head is open, as the ZPL guide says Zebras do.")
  private boolean mute;

  @Option(
      names = "--admin-port",
      defaultValue = "0",
      description = "Admin HTTP port on 127.0.0.1 (default: ephemeral; -1: none).")
  private int adminPort;

  PrinterCommand(CliStreams io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    List<PrinterFault> initial = parseFaults();
    PrinterSettings settings =
        PrinterSettings.defaults()
            .withPerLabel(perLabel)
            .withMuteWhenFaulted(mute)
            .withLanguage(parseLanguage());
    SimulatedPrinter printer =
        serial != null
            ? SimulatedPrinter.onSerial(serial, settings)
            : SimulatedPrinter.onTcp(bind, port, settings);
    initial.forEach(f -> printer.setFault(f, true));
    io.out()
        .println(
            printer.isSerial()
                ? "printer: serial port " + printer.address()
                : "printer: listening on tcp " + printer.address());
    io.out().println("printer: language " + printer.language().cliName());
    if (!initial.isEmpty()) {
      io.out().println("printer: faults on: " + printer.faults());
    }
    return Foreground.run(io, new PrinterControl(printer), printer, adminPort);
  }

  private PrinterLanguage parseLanguage() {
    try {
      return PrinterLanguage.parse(lang);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
    }
  }

  private List<PrinterFault> parseFaults() {
    try {
      return faults.stream().map(PrinterFault::parse).toList();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--fault: " + e.getMessage());
    }
  }
}
