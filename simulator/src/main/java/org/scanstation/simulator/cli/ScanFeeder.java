package org.scanstation.simulator.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.scanner.SimulatedScanner;

/**
 * Turns input lines into scans at most {@code rate} a second, and {@code :}-lines into commands.
 * {@code <GS>} and {@code \x1D} in a line stand for the GS byte (FNC1), which is hard to type. Not
 * thread-safe.
 */
final class ScanFeeder {
  private final SimulatedScanner scanner;
  private final long intervalNanos;
  private final PrintStream out;
  private long next = System.nanoTime();

  ScanFeeder(SimulatedScanner scanner, double rate, PrintStream out) {
    this.scanner = scanner;
    this.intervalNanos = (long) (1e9 / rate);
    this.out = out;
  }

  /** Handles one line; false for {@code :quit}. */
  boolean line(String line) {
    if (line.startsWith(":")) {
      return command(line.substring(1).strip());
    }
    pace();
    String scan =
        line.replace("<GS>", "\u001D").replace("\\x1D", "\u001D").replace("\\x1d", "\u001D");
    if (!scanner.scan(scan)) {
      out.println("scanner: nobody received the scan (unplugged, or no station connected)");
    }
    return true;
  }

  private boolean command(String c) {
    switch (c) {
      case "quit", "exit" -> {
        return false;
      }
      case "unplug" -> scanner.unplug();
      case "replug" -> scanner.replug();
      case "status" -> {
        /* printed below */
      }
      default ->
          out.println("scanner: unknown command ':" + c + "'; use :unplug :replug :status :quit");
    }
    out.println(
        "scanner: "
            + (scanner.pluggedIn() ? "plugged in at " : "unplugged from ")
            + scanner.address()
            + ", connections "
            + scanner.connections()
            + ", sent "
            + scanner.scansSent()
            + ", lost "
            + scanner.scansLost());
    return true;
  }

  private void pace() {
    long wait = next - System.nanoTime();
    if (wait > 0) {
      try {
        Duration d = Duration.ofNanos(wait);
        Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SimulatorException("interrupted", e);
      }
    }
    next = Math.max(next, System.nanoTime()) + intervalNanos;
  }
}
