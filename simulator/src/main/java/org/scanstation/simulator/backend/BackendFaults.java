package org.scanstation.simulator.backend;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The backend's faults, switched while it runs. Thread-safe: every method is synchronized.
 *
 * <p>A request first waits out the latency; then, with probability {@code failRate}, it gets one of
 * {@code failStatuses} (500, 502, 503 by default) and nothing is done. A create that succeeds while
 * creates-to-drop remain is stored and then the connection is closed without an answer, so the
 * client's retry meets 4003. A throttle stands for a gateway in front of the API shedding load:
 * past its requests per second it answers 429 with only {@code Retry-After: 1}, no rate-limit
 * headers, so a client learns of it from the 429s alone.
 */
final class BackendFaults {
  /** Creates to drop meaning "every one". */
  static final int ALWAYS = Integer.MAX_VALUE;

  private final Random random;
  private double failRate;
  private List<Integer> failStatuses = List.of(500, 502, 503);
  private Duration latency = Duration.ZERO;
  private boolean refusing;
  private int dropCreates;
  private RateLimiter throttle;

  BackendFaults(long seed) {
    this.random = new Random(seed);
  }

  synchronized void failRate(double rate, List<Integer> statuses) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("fail rate must be 0..1, not " + rate);
    }
    for (int s : statuses) {
      if (s < 500 || s > 599) {
        throw new IllegalArgumentException("fail statuses must be 5xx, not " + s);
      }
    }
    failRate = rate;
    failStatuses = statuses.isEmpty() ? List.of(500) : List.copyOf(statuses);
  }

  synchronized void latency(Duration d) {
    Objects.requireNonNull(d, "latency");
    if (d.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + d);
    }
    latency = d;
  }

  synchronized void refusing(boolean on) {
    refusing = on;
  }

  synchronized void dropCreates(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("creates to drop must be >= 0, not " + count);
    }
    dropCreates = count;
  }

  /** Throttles to {@code perSecond} requests a second before the API sees them; 0: off. */
  synchronized void throttle(int perSecond) {
    if (perSecond < 0) {
      throw new IllegalArgumentException(
          "throttle must be >= 0 requests a second, not " + perSecond);
    }
    throttle = perSecond == 0 ? null : new RateLimiter(perSecond);
  }

  /** Whether the throttle refuses a request arriving {@code now}. */
  synchronized boolean throttled(Instant now) {
    return throttle != null && !throttle.acquire(now).allowed();
  }

  synchronized Duration latency() {
    return latency;
  }

  /** A 5xx status to answer instead of doing the request, or 0. */
  synchronized int drawFailure() {
    if (failRate > 0 && random.nextDouble() < failRate) {
      return failStatuses.get(random.nextInt(failStatuses.size()));
    }
    return 0;
  }

  /** Whether to drop the answer to this successful create (counts it down). */
  synchronized boolean takeCreateDrop() {
    if (dropCreates == 0) {
      return false;
    }
    if (dropCreates != ALWAYS) {
      dropCreates--;
    }
    return true;
  }

  synchronized BackendFaultState state() {
    return new BackendFaultState(
        failRate,
        failStatuses,
        latency,
        refusing,
        dropCreates,
        throttle == null ? 0 : throttle.limit());
  }
}
