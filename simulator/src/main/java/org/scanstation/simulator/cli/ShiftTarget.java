package org.scanstation.simulator.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.scanner.ScannerSettings;
import org.scanstation.simulator.scanner.SimulatedScanner;
import picocli.CommandLine.Option;

/** Where a shift's scans go: a pty, a TCP serial server, or nowhere (a dry run). */
final class ShiftTarget {
  @Option(
      names = "--pty",
      paramLabel = "PATH",
      required = true,
      description = "Scan through a new pty at PATH (needs socat).")
  Path pty;

  @Option(
      names = "--tcp",
      paramLabel = "PORT",
      required = true,
      description = "Scan through a TCP serial server on PORT.")
  Integer tcp;

  @Option(
      names = "--dry-run",
      required = true,
      description = "Only print the shift and its expectations.")
  boolean dryRun;

  boolean dryRun() {
    return dryRun;
  }

  /**
   * Opens the scanner; a pty waits {@code startDelay} for the station to open it, a TCP server
   * waits up to {@code waitForStation} for the station to connect (scans sent before are lost).
   */
  SimulatedScanner open(
      InetAddress bind,
      ScannerSettings settings,
      Duration startDelay,
      Duration waitForStation,
      PrintStream err) {
    if (pty != null) {
      SimulatedScanner s = SimulatedScanner.onPty(pty, settings);
      err.println("shift: scanner on serial port " + s.address());
      Pauses.sleep(startDelay);
      return s;
    }
    SimulatedScanner s = SimulatedScanner.onTcp(bind, tcp, settings);
    err.println("shift: scanner on tcp " + s.address() + "; waiting for the station");
    long deadline = System.nanoTime() + waitForStation.toNanos();
    while (s.connections() == 0) {
      if (System.nanoTime() > deadline) {
        s.close();
        throw new SimulatorException(
            "no station connected to " + s.address() + " within " + waitForStation);
      }
      Pauses.sleep(Duration.ofMillis(50));
    }
    return s;
  }
}
