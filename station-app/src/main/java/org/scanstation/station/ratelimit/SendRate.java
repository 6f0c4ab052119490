package org.scanstation.station.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * The arithmetic of the {@link RateGate}, with the time passed in: a token bucket (a burst of one
 * second's worth) whose rate adapts to the backend as TCP's window does. A 429 halves the rate,
 * once per window, since the 429s after the first were already on their way; each success adds
 * {@code max / 20} requests a second per second of sending; the rate stays between a floor and the
 * lower of the configured rate and the backend's own {@code X-RateLimit-Limit} (AfterShip's window
 * is one second). A 429, or a window with nothing left, also holds every request until the
 * backend's reset. Not thread-safe: the gate guards it.
 */
final class SendRate {
  /** What a 429 multiplies the rate by. */
  static final double DECREASE = 0.5;

  /** Seconds of successful sending that bring the rate back from nothing to the maximum. */
  static final double RECOVERY_SECONDS = 20;

  private final double max;
  private final double floor;
  private double ceiling;
  private double rate;
  private double tokens = 1;
  private Instant refilledAt;
  private Instant closedUntil = Instant.MIN;

  SendRate(double perSecond, Instant now) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive, got " + perSecond);
    }
    this.max = perSecond;
    this.floor = Math.min(perSecond, 0.2);
    this.ceiling = perSecond;
    this.rate = perSecond;
    this.refilledAt = now;
  }

  /** Requests a second allowed now. */
  double rate() {
    return rate;
  }

  /** Takes one request's permission: {@link Duration#ZERO} when granted, else how long to wait. */
  Duration take(Instant now) {
    if (now.isBefore(closedUntil)) {
      return Duration.between(now, closedUntil);
    }
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / rate * 1e9));
  }

  private void refill(Instant now) {
    // A clock that went back adds nothing; one that jumped ahead adds at most the burst.
    double seconds = Math.max(0, Duration.between(refilledAt, now).toNanos() / 1e9);
    tokens = Math.min(Math.max(1, rate), tokens + seconds * rate);
    refilledAt = now;
  }

  /** A 429 arrived at {@code now}: slow down and hold everyone until {@code until}. */
  void limited(Instant now, Instant until) {
    if (!now.isBefore(closedUntil)) {
      rate = Math.max(floor, rate * DECREASE);
    }
    close(until, false);
  }

  /**
   * Any other answer, with what it said of the window ({@code remaining}, {@code limit}: -1 when
   * not said; {@code resetAt}: null); {@code delivered} when it was a success.
   */
  void answered(boolean delivered, int remaining, int limit, Instant resetAt) {
    if (limit > 0) {
      ceiling = Math.min(max, limit);
    }
    if (remaining == 0 && resetAt != null) {
      close(resetAt, true); // at the limit: no reason to go faster
    } else if (delivered) {
      rate += max / RECOVERY_SECONDS / rate;
    }
    rate = Math.max(floor, Math.min(rate, ceiling));
  }

  private void close(Instant until, boolean firstAtReset) {
    if (until.isAfter(closedUntil)) {
      // Nothing saves up while closed: after the reset requests are paced, not sent in a burst.
      // At a window that merely ran out, the first goes at once (the new window has room for it;
      // waiting an interval for it cost a twentieth of a 10/s limit); after a 429, it waits too.
      closedUntil = until;
      tokens = firstAtReset ? 1 : 0;
      refilledAt = until.isAfter(refilledAt) ? until : refilledAt;
    }
  }
}
