package org.scanstation.simulator.backend;

import java.time.Instant;

/**
 * AfterShip's per-second limit: at most {@code limit} requests in each wall-clock second; the
 * window resets at the next second, which {@code X-RateLimit-Reset} gives in epoch seconds. The
 * USPS API simulator counts its calls with it too. Thread-safe.
 */
public final class RateLimiter {
  /**
   * The answer for one request.
   *
   * @param allowed whether it may go through
   * @param limit requests per second
   * @param remaining requests left in this second
   * @param resetEpochSecond when the window resets
   */
  public record Decision(boolean allowed, int limit, int remaining, long resetEpochSecond) {}

  private final int limit;
  private long window = Long.MIN_VALUE;
  private int used;

  /** At most {@code limit} requests per second. */
  public RateLimiter(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("rate limit must be at least 1 per second, not " + limit);
    }
    this.limit = limit;
  }

  /** Requests per second. */
  public int limit() {
    return limit;
  }

  /** Counts one request at {@code now}, or refuses it when the second's budget is spent. */
  public synchronized Decision acquire(Instant now) {
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
