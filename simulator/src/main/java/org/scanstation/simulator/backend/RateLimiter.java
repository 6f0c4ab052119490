package org.scanstation.simulator.backend;

import java.time.Instant;

/**
 * AfterShip's per-second limit: at most {@code limit} requests in each wall-clock second; the
 * window resets at the next second, which {@code X-RateLimit-Reset} gives in epoch seconds.
 * Thread-safe.
 */
final class RateLimiter {
  /** The answer for one request. */
  record Decision(boolean allowed, int limit, int remaining, long resetEpochSecond) {}

  private final int limit;
  private long window = Long.MIN_VALUE;
  private int used;

  RateLimiter(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("rate limit must be at least 1 per second, not " + limit);
    }
    this.limit = limit;
  }

  int limit() {
    return limit;
  }

  synchronized Decision acquire(Instant now) {
    long second = now.getEpochSecond();
    if (second != window) {
      window = second;
      used = 0;
    }
    boolean allowed = used < limit;
    if (allowed) {
      used++;
    }
    return new Decision(allowed, limit, limit - used, second + 1);
  }
}
