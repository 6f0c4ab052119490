package org.scanstation.station.sync;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Deliveries per second over a sliding ten-second window. Thread-safe. */
final class DeliveryRate {
  private static final long WINDOW_MILLIS = 10_000;
  private final Deque<Long> times = new ArrayDeque<>();

  synchronized void record(Instant at) {
    times.addLast(at.toEpochMilli());
    trim(at.toEpochMilli());
  }

  synchronized double perSecond(Instant now) {
    trim(now.toEpochMilli());
    return times.size() * 1000.0 / WINDOW_MILLIS;
  }

  private void trim(long now) {
    while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
      times.removeFirst();
    }
  }
}
