package org.scanstation.fleet.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.scanstation.simulator.backend.BackendCounters;

class ReportBuilderTest {
  private static final Instant START = Instant.parse("2026-12-01T10:00:00.400Z");
  private static final long S = START.getEpochSecond();
  private static final SimulationEvents EVENTS = new SimulationEvents(-1, -1, -1, -1, 2);

  private static SimulationPlan plan(int stations, int parcels) {
    return new SimulationPlan(
        stations,
        parcels,
        2,
        10,
        Duration.ofSeconds(1),
        Duration.ZERO,
        Duration.ofSeconds(20),
        Duration.ZERO,
        Duration.ofMinutes(1));
  }

  private static BackendTally tally(
      Map<Long, Long> perSecond, long rateLimited, long created, Set<String> numbers) {
    long requests = perSecond.values().stream().mapToLong(Long::longValue).sum();
    return new BackendTally(
        new TreeMap<>(perSecond),
        new TreeMap<>(Map.of(S + 1, rateLimited)),
        requests,
        rateLimited,
        created,
        0,
        numbers,
        new BackendCounters(requests, created, 0, 0, rateLimited, 0, 0, 0));
  }

  @Test
  void aParcelAcceptedButNeverCreatedIsLostAndTheRunDidNotDrain() {
    Set<String> accepted = Set.of("A", "B", "C", "D");
    BackendTally t = tally(Map.of(S, 3L), 0, 3, Set.of("A", "B", "C"));

    SimulationReport r =
        ReportBuilder.build(
            plan(2, 2), START, START.plusSeconds(3), List.of(), accepted, 4, t, EVENTS);

    assertThat(r.totals().lost()).isEqualTo(1);
    assertThat(r.totals().delivered()).isEqualTo(3);
    assertThat(r.totals().drained()).isFalse();
  }

  @Test
  void aSecondCreateOfOneNumberIsADuplicateAndEveryCallBeyondOneAnEventIsRedundant() {
    Set<String> accepted = Set.of("A", "B");
    BackendTally t = tally(Map.of(S, 2L, S + 1, 2L), 1, 3, Set.of("A", "B"));

    SimulationTotals totals =
        ReportBuilder.build(
                plan(1, 2), START, START.plusSeconds(2), List.of(), accepted, 2, t, EVENTS)
            .totals();

    assertThat(totals.duplicateCreates()).isEqualTo(1);
    assertThat(totals.redundantCalls()).isEqualTo(2);
    assertThat(totals.rateLimitedShare()).isCloseTo(0.25, within(1e-9));
    assertThat(totals.drained()).isTrue();
  }

  @Test
  void rowsAreWallClockSecondsWithTheBackendsCountsAndTheLastSampleCarriedForward() {
    BackendTally t = tally(Map.of(S, 4L, S + 2, 10L), 0, 14, Set.of());
    List<Snapshot> samples =
        List.of(
            new Snapshot(START.plusMillis(300), 5, 4, 2, 3),
            new Snapshot(START.plusMillis(2300), 14, 14, 14, 0));

    SimulationReport r =
        ReportBuilder.build(
            plan(1, 14), START, START.plusMillis(2900), samples, Set.of(), 14, t, EVENTS);

    assertThat(r.seconds()).extracting(SecondRow::requests).containsExactly(4L, 0L, 10L, 0L);
    assertThat(r.seconds()).extracting(SecondRow::sent).containsExactly(5L, 5L, 14L, 14L);
    assertThat(r.totals().peakPerSecond()).isEqualTo(10);
    assertThat(r.totals().meanPerSecond()).isCloseTo(14 / 3.0, within(1e-9));
    assertThat(r.totals().idealDrainSeconds()).isEqualTo(1.4);
    assertThat(r.json()).contains("\"lost\" : 0", "\"seconds\"");
  }
}
