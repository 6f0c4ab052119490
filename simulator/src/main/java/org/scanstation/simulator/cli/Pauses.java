package org.scanstation.simulator.cli;

import java.time.Duration;
import org.scanstation.simulator.SimulatorException;

/** Sleeps for the CLI's waits (start delay, linger, polling for a client). */
final class Pauses {
  private Pauses() {}

  static void sleep(Duration d) {
    if (d.isZero() || d.isNegative()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulatorException("interrupted", e);
    }
  }
}
