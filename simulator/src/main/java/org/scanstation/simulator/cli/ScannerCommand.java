package org.scanstation.simulator.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.scanner.SimulatedScanner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code simulator scanner}: a serial barcode scanner on a pty or TCP, fed scans by lines. */
@Command(
    name = "scanner",
    mixinStandardHelpOptions = true,
    description = {
      "Run a serial barcode scanner. Each line of standard input (or --file) is one scan, sent at"
          + " most --rate per second; write a GS (FNC1) as <GS> or \\x1D.",
      "Lines starting with ':' are commands: :unplug, :replug, :status, :quit.",
      "Runs until :quit or Ctrl-C (or, with --exit-when-done, until the input ends)."
    })
final class ScannerCommand implements Callable<Integer> {
  private final CliStreams io;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private DeviceTarget target;

  @Mixin private WireOptions wire;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address for --tcp (default: ${DEFAULT-VALUE}).")
  private InetAddress bind;

  @Option(
      names = "--rate",
      defaultValue = "2",
      description = "Most scans per second (default: ${DEFAULT-VALUE}).")
  private double rate;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Send the scans in FILE (one per line) first.")
  private Path file;

  @Option(
      names = "--exit-when-done",
      description = "Exit when the input ends instead of running on.")
  private boolean exitWhenDone;

  ScannerCommand(CliStreams io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (!(rate > 0)) {
      throw new SimulatorException("--rate must be > 0 scans per second");
    }
    try (SimulatedScanner scanner = target.open(bind, wire.settings())) {
      io.out().println("scanner: " + target.describe(scanner));
      io.out().flush();
      Thread hook = new Thread(scanner::close, "scanner shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      ScanFeeder feeder = new ScanFeeder(scanner, rate, io.out());
      boolean quit = file != null && feed(feeder, Files.newInputStream(file));
      quit = quit || feed(feeder, io.in());
      if (!quit && !exitWhenDone) {
        waitForever();
      }
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    io.out().println("scanner: stopped");
    return 0;
  }

  /** Feeds lines; true when {@code :quit} was read. */
  private static boolean feed(ScanFeeder feeder, InputStream in) throws IOException {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!feeder.line(line)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void waitForever() {
    try {
      Thread.currentThread().join(); // until the process is stopped; the hook unplugs
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
