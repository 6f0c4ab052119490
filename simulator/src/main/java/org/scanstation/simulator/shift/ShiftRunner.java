package org.scanstation.simulator.shift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.scanner.SimulatedScanner;

/**
 * Plays a shift through a simulated scanner at a steady rate and writes each scan's expectation as
 * a JSON line ({@link ShiftJson}) right after sending it, so a test or report can compare the
 * station's answers line by line. Blocks until the shift is done; not thread-safe.
 */
public final class ShiftRunner {
  private final SimulatedScanner scanner;
  private final Writer expectations;
  private final Clock clock;

  /** A runner writing to {@code expectations} (flushed after each line). */
  public ShiftRunner(SimulatedScanner scanner, Writer expectations, Clock clock) {
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.expectations = Objects.requireNonNull(expectations, "expectations");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sends every scan, {@code perSecond} a second, the first at once.
   *
   * @return how many scans someone received
   */
  public int run(List<ExpectedScan> shift, double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be > 0 scans per second, not " + perSecond);
    }
    long start = System.nanoTime();
    long interval = (long) (1e9 / perSecond);
    int delivered = 0;
    for (int i = 0; i < shift.size(); i++) {
      waitUntil(start + i * interval);
      ExpectedScan e = shift.get(i);
      boolean ok = scanner.scan(e.scan());
      delivered += ok ? 1 : 0;
      write(ShiftJson.line(e, clock.instant(), ok));
    }
    return delivered;
  }

  private void write(String line) {
    try {
      expectations.write(line);
      expectations.write('\n');
      expectations.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the shift's expectations", e);
    }
  }

  private static void waitUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait <= 0) {
      return;
    }
    try {
      Duration d = Duration.ofNanos(wait);
      Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulatorException("shift interrupted", e);
    }
  }
}
