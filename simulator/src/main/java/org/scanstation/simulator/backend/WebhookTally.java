package org.scanstation.simulator.backend;

import java.util.concurrent.atomic.AtomicLong;

/** The webhooks' running counts. Thread-safe. */
final class WebhookTally {
  private final AtomicLong deliveries = new AtomicLong();
  private final AtomicLong attempts = new AtomicLong();
  private final AtomicLong ok = new AtomicLong();
  private final AtomicLong other = new AtomicLong();
  private final AtomicLong unanswered = new AtomicLong();
  private final AtomicLong givenUp = new AtomicLong();

  void delivery() {
    deliveries.incrementAndGet();
  }

  /** Counts one POST by its answer (0: none came). */
  void attempt(int status) {
    attempts.incrementAndGet();
    if (status == 0) {
      unanswered.incrementAndGet();
    } else if (status >= 200 && status < 300) {
      ok.incrementAndGet();
    } else {
      other.incrementAndGet();
    }
  }

  void givenUp() {
    givenUp.incrementAndGet();
  }

  WebhookCounters snapshot() {
    return new WebhookCounters(
        deliveries.get(), attempts.get(), ok.get(), other.get(), unanswered.get(), givenUp.get());
  }
}
