package org.scanstation.station.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs the station CLI in-process on buffers: the exit status and what it printed. */
record CliRun(int exit, String out, String err) {

  static CliRun run(byte[] stdin, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context =
        new CliContext(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    int exit = StationCli.run(context, args);
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun withStdin(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), Map.of(), args);
  }

  static CliRun run(String... args) {
    return run(new byte[0], Map.of(), args);
  }

  /**
   * Accepts {@code numbers} into the store in {@code dataDir} through {@code station accept} (as
   * ana), for tests that need a store with acceptances; fails the test when the command does.
   */
  static void accept(String dataDir, List<String> numbers) {
    String scans = String.join("\n", numbers) + "\n";
    CliRun accepted =
        run(
            scans.getBytes(StandardCharsets.UTF_8),
            Map.of("STATION_PIN", "2468"),
            "accept",
            "--operator",
            "ana",
            "--data-dir",
            dataDir);
    if (accepted.exit() != 0) {
      throw new AssertionError("station accept failed: " + accepted.err());
    }
  }

  List<String> outLines() {
    return out.lines().toList();
  }
}
