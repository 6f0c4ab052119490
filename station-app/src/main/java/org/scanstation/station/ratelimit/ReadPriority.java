package org.scanstation.station.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * When a read-back call may take a turn of the backend's rate limit, which it shares with the
 * creates: never while a create waits, not until the creates have paused for two intervals (a
 * backlog keeps one waiting almost always), and after a 429 only a second after the creates may go
 * again (reads back off first). Not thread-safe: the {@link RateGate} guards it.
 */
final class ReadPriority {
  /** How much longer than the creates reads wait after a 429. */
  static final Duration EXTRA_BACKOFF = Duration.ofSeconds(1);

  private int createsWaiting;
  private Instant lastCreate = Instant.MIN;
  private Instant heldUntil = Instant.MIN;

  void createWaiting() {
    createsWaiting++;
  }

  void createDone(Instant now) {
    createsWaiting--;
    lastCreate = now;
  }

  void limited(Instant until) {
    Instant readsAt = until.plus(EXTRA_BACKOFF);
    if (readsAt.isAfter(heldUntil)) {
      heldUntil = readsAt;
    }
  }

  /**
   * How long a read must still wait at {@code now} before it may ask for a token; {@link
   * Duration#ZERO} when it may.
   *
   * @param perSecond the gate's current rate
   */
  Duration hold(Instant now, double perSecond) {
    Duration interval = Duration.ofNanos((long) (1e9 / perSecond));
    if (createsWaiting > 0) {
      return interval;
    }
    Instant free =
        lastCreate.equals(Instant.MIN) ? Instant.MIN : lastCreate.plus(interval.multipliedBy(2));
    if (heldUntil.isAfter(free)) {
      free = heldUntil;
    }
    return now.isBefore(free) ? Duration.between(now, free) : Duration.ZERO;
  }
}
