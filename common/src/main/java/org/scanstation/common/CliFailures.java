package org.scanstation.common;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * How a command line reports a command that failed, the same for the station and the simulator: the
 * program's own errors (messages that name the thing and the fix) as one line, anything else as
 * "unexpected error" with its stack trace; exit status 1. Thread-safe.
 */
public final class CliFailures {
  /** The exit status of a command that failed. */
  public static final int FAILED = 1;

  /** The exit status of a usage error: a bad option, setting or argument. */
  public static final int USAGE = 2;

  private CliFailures() {}

  /**
   * Writes {@code failure} to {@code err} for people.
   *
   * @param program the program's name, the prefix of every line
   * @param own the program's own exception root: its messages are meant for people
   * @return the exit status
   */
  public static int report(
      Throwable failure, PrintWriter err, String program, Class<? extends Throwable> own) {
    Objects.requireNonNull(failure, "failure");
    if (own.isInstance(failure)) {
      err.println(program + ": " + failure.getMessage());
    } else {
      err.println(program + ": unexpected error: " + failure);
      failure.printStackTrace(err);
    }
    err.flush();
    return FAILED;
  }
}
