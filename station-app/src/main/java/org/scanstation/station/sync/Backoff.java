package org.scanstation.station.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capped exponential backoff with jitter: attempt n waits between half and all of {@code min(cap,
 * base * 2^n)}, so stations that failed together do not retry together. Thread-safe.
 *
 * @param base the first delay
 * @param cap the longest delay
 */
public record Backoff(Duration base, Duration cap) {

  /** 1 s doubling up to 5 minutes. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

  /** The delay before the next try after {@code failures} failed attempts (1 = first failure). */
  public Duration after(int failures) {
    int shift = Math.max(0, Math.min(failures - 1, 30));
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << shift);
    if (ceiling <= 0 || ceiling > cap.toMillis()) {
      ceiling = cap.toMillis();
    }
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
  }
}
