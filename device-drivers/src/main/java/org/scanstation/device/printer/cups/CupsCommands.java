package org.scanstation.device.printer.cups;

import java.util.Objects;

/**
 * Which CUPS client programs to run: {@code lp} and {@code lpstat} from the PATH, or others (a
 * test's stand-ins, a non-standard install).
 *
 * @param lp the program that submits jobs
 * @param lpstat the program that reports queues and jobs
 */
public record CupsCommands(String lp, String lpstat) {
  /** {@code lp} and {@code lpstat} from the PATH. */
  public static final CupsCommands SYSTEM = new CupsCommands("lp", "lpstat");

  /** Requires both. */
  public CupsCommands {
    Objects.requireNonNull(lp, "lp");
    Objects.requireNonNull(lpstat, "lpstat");
  }
}
