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

  List<String> outLines() {
    return out.lines().toList();
  }
}
