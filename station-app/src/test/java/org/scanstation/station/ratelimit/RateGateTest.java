package org.scanstation.station.ratelimit;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scanstation.common.DaemonThreads;

class RateGateTest {
  @Test
  void aReadGetsATurnWhileABacklogOfCreatesKeepsTheGateBusy() throws Exception {
    // 1,000/s: an interval is 1 ms, so the read's turn (25 intervals) comes within milliseconds,
    // while the creates alone would keep the gate busy for the whole timeout (the old rule: a
    // read never went while a create waited).
    RateGate gate = new RateGate(1_000, Clock.systemUTC());
    AtomicBoolean backlog = new AtomicBoolean(true);
    AtomicInteger creates = new AtomicInteger();
    Thread sync =
        DaemonThreads.start(
            "creates",
            () -> {
              try {
                while (backlog.get()) {
                  gate.acquire();
                  creates.incrementAndGet();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    try {
      while (creates.get() < 50) {
        Thread.onSpinWait(); // the backlog is on before the read asks
      }
      assertTimeoutPreemptively(Duration.ofSeconds(5), gate::acquireRead); // the first: at once
      // And the next one: reads keep getting turns for as long as the backlog lasts. When a turn
      // comes (one in 25) is ReadPriorityTest's, on a clock the test moves: here it would depend
      // on how the machine schedules the two threads.
      assertTimeoutPreemptively(Duration.ofSeconds(5), gate::acquireRead);
    } finally {
      backlog.set(false);
      sync.interrupt();
    }
  }
}
