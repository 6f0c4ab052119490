package org.scanstation.device.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * When bytes arrived: the monotonic {@link System#nanoTime()} for measuring latency, and the wall
 * clock for records people read.
 *
 * @param nanos {@code System.nanoTime()} when the read returned
 * @param at wall-clock time of the same moment
 */
public record Arrival(long nanos, Instant at) {

  /** Requires the wall-clock time. */
  public Arrival {
    Objects.requireNonNull(at, "at");
  }
}
