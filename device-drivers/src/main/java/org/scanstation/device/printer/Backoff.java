package org.scanstation.device.printer;

import java.time.Duration;

/** Waits that double from a first to a longest one. Not thread-safe: one per waiting loop. */
final class Backoff {
  private final Duration first;
  private final Duration max;
  private Duration next;

  Backoff(Duration first, Duration max) {
    this.first = first;
    this.max = max;
    this.next = first;
  }

  /** The wait to use now; the one after is twice as long, up to the longest. */
  Duration next() {
    Duration now = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return now;
  }

  /** Starts again from the first wait. */
  void reset() {
    next = first;
  }
}
