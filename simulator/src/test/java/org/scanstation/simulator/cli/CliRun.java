package org.scanstation.simulator.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the simulator CLI in-process on buffers: the exit status and what it printed. */
record CliRun(int exit, String out, String err) {
  static CliRun withStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliStreams io =
        new CliStreams(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit = SimulatorCli.run(io, args);
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun run(String... args) {
    return withStdin("", args);
  }
}
