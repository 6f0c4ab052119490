package org.scanstation.device.scanner;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait between reconnect attempts: starts at {@code initial} and doubles up to {@code
 * max}, so a replugged scanner is back within {@code max} while a missing one costs almost nothing.
 *
 * @param initial the first wait
 * @param max the cap
 */
public record Backoff(Duration initial, Duration max) {

  /** 250 ms doubling to 5 s. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

  /** Requires {@code 0 < initial <= max}. */
  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 < initial <= max: " + initial + ", " + max);
    }
  }

  /** The wait after {@code current}. */
  public Duration next(Duration current) {
    Duration doubled = current.multipliedBy(2);
    return doubled.compareTo(max) > 0 ? max : doubled;
  }
}
