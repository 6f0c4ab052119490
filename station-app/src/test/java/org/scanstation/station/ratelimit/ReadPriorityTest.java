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
  void aWaitingCreateHoldsEveryRead() {
    ReadPriority p = new ReadPriority();
    p.createWaiting();
    assertTrue(p.hold(T0.plusSeconds(60), 10).compareTo(Duration.ZERO) > 0);
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
