package org.scanstation.station.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * What a command gets from the process: its standard streams and environment. The real process's in
 * production, buffers and a map in tests. Data goes to {@code out}; messages for people to {@code
 * err}.
 *
 * @param in standard input
 * @param out standard output (machine-readable results)
 * @param err standard error (messages for people, logs)
 * @param env environment variables
 */
public record CliContext(
    InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {

  /** Requires all four. */
  public CliContext {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(Objects.requireNonNull(env, "env"));
  }

  /** The process's own streams and environment. */
  public static CliContext system() {
    return new CliContext(System.in, System.out, System.err, System.getenv());
  }
}
