package org.scanstation.simulator.backend;

import java.util.concurrent.atomic.AtomicLong;

/** The backend's running counts. Thread-safe. */
final class BackendStats {
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong creates = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong invalid = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong unauthorized = new AtomicLong();
  private final AtomicLong injected = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  void request() {
    requests.incrementAndGet();
  }

  void created() {
    creates.incrementAndGet();
  }

  void injectedFailure() {
    injected.incrementAndGet();
  }

  void dropped() {
    dropped.incrementAndGet();
  }

  /** Counts an error answer by its meta code. */
  void error(int metaCode) {
    switch (metaCode) {
      case 4003 -> duplicates.incrementAndGet();
      case 4005, 4007, 4010 -> invalid.incrementAndGet();
      case 429 -> rateLimited.incrementAndGet();
      case 401 -> unauthorized.incrementAndGet();
      default -> {
        // counted elsewhere (injected failures) or not at all
      }
    }
  }

  BackendCounters snapshot() {
    return new BackendCounters(
        requests.get(),
        creates.get(),
        duplicates.get(),
        invalid.get(),
        rateLimited.get(),
        unauthorized.get(),
        injected.get(),
        dropped.get());
  }
}
