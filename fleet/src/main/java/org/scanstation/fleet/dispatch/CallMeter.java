package org.scanstation.fleet.dispatch;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.scanstation.station.sync.SyncOutcome;

/**
 * What a dispatcher has done, for the fleet view: backend calls over a sliding ten-second window
 * and in total, 429s, events skipped as already answered, quarantined and dead entries, and whether
 * the backend refused the key. Thread-safe.
 */
public final class CallMeter {
  private static final long WINDOW_MILLIS = 10_000;
  private final Deque<Long> times = new ArrayDeque<>();
  private long calls;
  private long rateLimited;
  private long skipped;
  private long quarantined;
  private long dead;
  private String paused;

  synchronized void called(Instant at, SyncOutcome outcome) {
    calls++;
    times.addLast(at.toEpochMilli());
    trim(at.toEpochMilli());
    if (outcome instanceof SyncOutcome.RateLimited) {
      rateLimited++;
    }
    paused = outcome instanceof SyncOutcome.Pause p ? p.reason() : null;
  }

  synchronized void skipped() {
    skipped++;
  }

  synchronized void quarantined() {
    quarantined++;
  }

  synchronized void dead() {
    dead++;
  }

  /** The counts now; calls a second over the last ten seconds. */
  public synchronized Counts counts(Instant now) {
    trim(now.toEpochMilli());
    return new Counts(
        times.size() * 1000.0 / WINDOW_MILLIS,
        calls,
        rateLimited,
        skipped,
        quarantined,
        dead,
        paused);
  }

  private void trim(long now) {
    while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
      times.removeFirst();
    }
  }

  /**
   * A dispatcher's counts.
   *
   * @param callsPerSecond backend calls a second over the last ten seconds
   * @param calls backend calls since start
   * @param rateLimited of them answered 429
   * @param skipped events not sent because they were already answered
   * @param quarantined events the backend refused (also dead letters)
   * @param dead records sent to the dead letters (poison and quarantined)
   * @param paused why the backend refused the key, or null while it accepts it
   */
  public record Counts(
      double callsPerSecond,
      long calls,
      long rateLimited,
      long skipped,
      long quarantined,
      long dead,
      String paused) {}
}
