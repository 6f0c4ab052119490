package org.scanstation.station.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The client side of the backend's rate limit: a token bucket that starts at the configured rate,
 * slows down on every 429 storm and speeds up again slowly while calls succeed (see {@link
 * SendRate}), and holds everyone back until the backend's window resets when the backend says none
 * are left or answers 429. Keeps 429s rare without wasting the limit. One gate per backend serves
 * both the creates ({@link #acquire()}) and the carrier read-back ({@link #acquireRead()}), which
 * gets what the creates leave and, during a backlog of creates, one turn in 25 (see {@link
 * ReadPriority}). Thread-safe; both acquire methods block.
 */
public final class RateGate {
  private final Clock clock;
  private final SendRate rate;
  private final ReadPriority reads = new ReadPriority();

  /** A gate letting at most {@code perSecond} requests through per second. */
  public RateGate(double perSecond, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.rate = new SendRate(perSecond, clock.instant());
  }

  /** Waits for permission to send one create (or any call that must not wait for reads). */
  public synchronized void acquire() throws InterruptedException {
    reads.createWaiting();
    try {
      for (Duration wait = rate.take(clock.instant());
          !wait.isZero();
          wait = rate.take(clock.instant())) {
        wait(Math.max(1, wait.toMillis()));
      }
    } finally {
      reads.createDone(clock.instant());
      notifyAll();
    }
  }

  /**
   * Waits for permission to send one read-back call, at a lower priority than the creates (see
   * {@link ReadPriority}): reads use what the creates leave of the limit, and while creates wait at
   * most one turn in 25.
   */
  public synchronized void acquireRead() throws InterruptedException {
    while (true) {
      Instant now = clock.instant();
      Duration wait = reads.hold(now, rate.rate());
      if (wait.isZero()) {
        wait = rate.take(now);
        if (wait.isZero()) {
          reads.readTaken(now);
          return;
        }
      }
      wait(Math.max(1, wait.toMillis()));
    }
  }

  /** Requests a second the gate lets through now. */
  public synchronized double perSecond() {
    return rate.rate();
  }

  /** Takes in what a reply said of the window. */
  public synchronized void observe(WindowReport reply) {
    if (reply.limitedUntil() != null) {
      rate.limited(clock.instant(), reply.limitedUntil());
      reads.limited(reply.limitedUntil());
    } else {
      rate.answered(reply.succeeded(), reply.remaining(), reply.limit(), reply.resetAt());
    }
    notifyAll();
  }
}
