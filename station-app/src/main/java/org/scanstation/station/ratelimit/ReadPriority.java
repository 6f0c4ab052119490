package org.scanstation.station.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * When a read-back call may take a turn of the backend's rate limit, which it shares with the
 * creates: while a create waits, at most one turn in {@value #ONE_TURN_IN} (a backlog keeps one
 * waiting almost always, and without that turn the read-back would stop for as long as the backlog
 * lasts); otherwise once the creates have paused for two intervals; and after a 429 only a second
 * after the creates may go again (reads back off first). Not thread-safe: the {@link RateGate}
 * guards it.
 */
final class ReadPriority {
  /** How much longer than the creates reads wait after a 429. */
  static final Duration EXTRA_BACKOFF = Duration.ofSeconds(1);

  /**
   * Reads take at most one turn in this many while creates wait: the creates keep 96% of the limit
   * (the issue asks for at least 95%), and a sweep of 1,000 parcels in 20 calls of 50 still ends in
   * under a minute at 10 requests a second.
   */
  static final int ONE_TURN_IN = 25;

  private int createsWaiting;
  private Instant lastCreate = Instant.MIN;
  private Instant heldUntil = Instant.MIN;
  private Instant lastRead = Instant.MIN;

  void createWaiting() {
    createsWaiting++;
  }

  void createDone(Instant now) {
    createsWaiting--;
    lastCreate = now;
  }

  void readTaken(Instant now) {
    lastRead = now;
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
    Instant free;
    if (createsWaiting > 0) {
      free =
          lastRead.equals(Instant.MIN)
              ? Instant.MIN
              : lastRead.plus(interval.multipliedBy(ONE_TURN_IN));
    } else {
      free =
          lastCreate.equals(Instant.MIN) ? Instant.MIN : lastCreate.plus(interval.multipliedBy(2));
    }
    if (heldUntil.isAfter(free)) {
      free = heldUntil;
    }
    return now.isBefore(free) ? Duration.between(now, free) : Duration.ZERO;
  }
}
