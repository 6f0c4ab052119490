package org.scanstation.station.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The client side of the backend's rate limit: a token bucket at the configured rate (with a burst
 * of one second's worth), which also holds everyone back until the backend's window resets when the
 * backend says none are left or answers 429. Keeps 429s rare without wasting the limit.
 * Thread-safe; {@link #acquire()} blocks.
 */
public final class RateGate {
  private final Clock clock;
  private final double perSecond;
  private double tokens;
  private long refilledAtNanos;
  private Instant closedUntil = Instant.MIN;

  /** A gate letting {@code perSecond} requests through per second. */
  public RateGate(double perSecond, Clock clock) {
    if (perSecond <= 0) {
      throw new IllegalArgumentException("rate must be positive, got " + perSecond);
    }
    this.perSecond = perSecond;
    this.clock = clock;
    this.tokens = 1;
    this.refilledAtNanos = System.nanoTime();
  }

  /** Waits for permission to send one request. */
  public synchronized void acquire() throws InterruptedException {
    while (true) {
      Instant now = clock.instant();
      if (now.isBefore(closedUntil)) {
        wait(Math.max(1, Duration.between(now, closedUntil).toMillis()));
        continue;
      }
      refill();
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      wait(Math.max(1, (long) Math.ceil((1 - tokens) * 1000 / perSecond)));
    }
  }

  private void refill() {
    long now = System.nanoTime();
    tokens = Math.min(Math.max(1, perSecond), tokens + (now - refilledAtNanos) * perSecond / 1e9);
    refilledAtNanos = now;
  }

  /** Takes in what a reply said of the window. */
  public synchronized void observe(BackendReply reply) {
    if (reply.outcome() instanceof SyncOutcome.RateLimited limited) {
      closeUntil(limited.until());
    } else if (reply.remaining() == 0 && reply.resetAt() != null) {
      closeUntil(reply.resetAt());
    }
  }

  private void closeUntil(Instant until) {
    if (until.isAfter(closedUntil)) {
      closedUntil = until;
      tokens = 0;
    }
    notifyAll();
  }
}
