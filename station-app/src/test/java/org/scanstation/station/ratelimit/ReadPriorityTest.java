package org.scanstation.station.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadPriorityTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void readsGoAtOnceWhenNoCreateWasEverSent() {
    assertEquals(Duration.ZERO, new ReadPriority().hold(T0, 10));
  }

  @Test
  void aWaitingCreateHoldsReadsUntil25IntervalsAfterTheLastRead() {
    ReadPriority p = new ReadPriority();
    p.readTaken(T0);
    p.createWaiting();
    assertTrue(p.hold(T0.plusSeconds(2), 10).compareTo(Duration.ZERO) > 0);
    assertEquals(Duration.ofMillis(100), p.hold(T0.plusMillis(2_400), 10));
    assertEquals(Duration.ZERO, p.hold(T0.plusMillis(2_500), 10));
  }

  @Test
  void aBacklogOfCreatesNeverHoldsReadsForEver() {
    // What once stopped the read-back for as long as the outbox had a backlog.
    ReadPriority p = new ReadPriority();
    p.createWaiting();
    p.readTaken(T0);
    for (int turn = 1; turn <= 1_000; turn++) {
      p.createDone(T0.plusMillis(100L * turn));
      p.createWaiting();
    }
    assertEquals(Duration.ZERO, p.hold(T0.plusSeconds(100), 10));
  }

  @Test
  void theReadsTurnDuringABacklogStillWaitsOutA429() {
    ReadPriority p = new ReadPriority();
    p.createWaiting();
    p.limited(T0.plusSeconds(1));
    assertEquals(Duration.ofSeconds(2), p.hold(T0, 10));
  }

  @Test
  void theReadsTurnStretchesWithTheRate() {
    ReadPriority p = new ReadPriority();
    p.readTaken(T0);
    p.createWaiting();
    assertEquals(Duration.ofSeconds(3), p.hold(T0.plusSeconds(2), 5));
  }

  @Test
  void readsWaitTwoIntervalsAfterTheLastCreate() {
    ReadPriority p = new ReadPriority();
    p.createWaiting();
    p.createDone(T0);
    assertEquals(Duration.ofMillis(200), p.hold(T0, 10));
    assertEquals(Duration.ofMillis(50), p.hold(T0.plusMillis(150), 10));
    assertEquals(Duration.ZERO, p.hold(T0.plusMillis(200), 10));
  }

  @Test
  void afterA429ReadsWaitASecondLongerThanTheCreates() {
    ReadPriority p = new ReadPriority();
    p.limited(T0.plusSeconds(1));
    assertEquals(Duration.ofSeconds(2), p.hold(T0, 10));
    assertEquals(Duration.ZERO, p.hold(T0.plusSeconds(2), 10));
  }
}
