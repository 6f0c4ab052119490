package org.scanstation.simulator.cli;

import java.time.Duration;
import org.scanstation.simulator.scanner.ScanSuffix;
import org.scanstation.simulator.scanner.ScannerSettings;
import picocli.CommandLine.Option;

/** How scans go on the wire; shared by {@code scanner} and {@code shift}. */
final class WireOptions {
  @Option(
      names = "--suffix",
      defaultValue = "CR",
      description = "Sent after each scan: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ScanSuffix suffix;

  @Option(
      names = "--aim-prefix",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Sent before each scan, e.g. ]C1 (default: none).")
  String aimPrefix;

  @Option(
      names = "--fragment-bytes",
      paramLabel = "N",
      defaultValue = "0",
      description = "Write each scan in pieces of N bytes (default: whole).")
  int fragmentBytes;

  @Option(
      names = "--fragment-gap",
      paramLabel = "DURATION",
      defaultValue = "10ms",
      converter = DurationOption.class,
      description = "Pause between pieces (default: ${DEFAULT-VALUE}).")
  Duration fragmentGap;

  @Option(
      names = "--junk-every",
      paramLabel = "N",
      defaultValue = "0",
      description = "Send a line of noise bytes before every N-th scan (default: never).")
  int junkEvery;

  ScannerSettings settings() {
    return new ScannerSettings(suffix, aimPrefix, fragmentBytes, fragmentGap, junkEvery);
  }
}
