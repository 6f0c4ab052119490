package org.scanstation.common;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The one backoff of the station: waits that double from {@code first} up to {@code max}. {@link
 * #delay} is the wait before attempt {@code n}; {@link #jittered} spreads it over its upper half so
 * that stations that failed together do not retry together; {@link #steps} hands the waits out one
 * after another to a loop. The record is immutable and thread-safe; a {@link Steps} is not.
 *
 * @param first the first wait
 * @param max the longest wait
 */
public record Backoff(Duration first, Duration max) {
  /** Requires {@code 0 < first <= max}. */
  public Backoff {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 < first <= max, not " + first + ", " + max);
    }
  }

  /**
   * The wait after {@code failures} failed attempts (1: the first failure): first * 2^(n-1),
   * capped.
   */
  public Duration delay(int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 62));
    Duration d = first;
    for (int i = 0; i < doublings && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) > 0 ? max : d;
  }

  /** {@link #delay} spread at random between its half and its whole. */
  public Duration jittered(int failures, RandomGenerator random) {
    long ceiling = delay(failures).toMillis();
    long half = ceiling / 2;
    return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
  }

  /** The waits in order, for one waiting loop. */
  public Steps steps() {
    return new Steps(this);
  }

  /**
   * The waits of one loop: each {@link #next} twice the last, up to the longest. Not thread-safe.
   */
  public static final class Steps {
    private final Backoff backoff;
    private int failures;

    private Steps(Backoff backoff) {
      this.backoff = backoff;
    }

    /** The wait to use now. */
    public Duration next() {
      failures = Math.min(failures + 1, 63);
      return backoff.delay(failures);
    }

    /** Starts again from the first wait. */
    public void reset() {
      failures = 0;
    }
  }
}
