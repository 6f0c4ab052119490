package org.scanstation.simulator.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import org.scanstation.simulator.scanner.ScannerSettings;
import org.scanstation.simulator.scanner.SimulatedScanner;
import picocli.CommandLine.Option;

/** Where a scanner goes: a pty path or a TCP serial-server port (exactly one). */
final class DeviceTarget {
  @Option(
      names = "--pty",
      paramLabel = "PATH",
      required = true,
      description =
          "Create a pty at PATH (needs socat); the station opens PATH as its serial port.")
  Path pty;

  @Option(
      names = "--tcp",
      paramLabel = "PORT",
      required = true,
      description =
          "Be a TCP serial server (like ser2net) on PORT (0: ephemeral); the station connects to it.")
  Integer tcp;

  SimulatedScanner open(InetAddress bind, ScannerSettings settings) {
    return pty != null
        ? SimulatedScanner.onPty(pty, settings)
        : SimulatedScanner.onTcp(bind, tcp, settings);
  }

  String describe(SimulatedScanner scanner) {
    return pty != null
        ? "serial port " + scanner.address()
        : "tcp serial server on " + scanner.address();
  }
}
