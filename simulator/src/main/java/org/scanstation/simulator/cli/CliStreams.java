package org.scanstation.simulator.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * A command's standard streams: the process's in production, buffers in tests. Where the device
 * listens and command answers go to {@code out}; errors and logs to {@code err}.
 *
 * @param in standard input (operator commands, scans)
 * @param out standard output
 * @param err standard error
 */
public record CliStreams(InputStream in, PrintStream out, PrintStream err) {
  /** Requires all three. */
  public CliStreams {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** The process's streams. */
  public static CliStreams system() {
    return new CliStreams(System.in, System.out, System.err);
  }
}
