package org.scanstation.fleet.simulate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.scanstation.simulator.backend.BackendCounters;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.Tracking;

/**
 * The backend's own account of a run, read from its request log and its store: requests and 429s
 * per wall-clock second (the window its rate limit counts in), creates, and the numbers it holds.
 *
 * @param perSecond requests received in each epoch second
 * @param rateLimitedPerSecond of them answered 429, per epoch second
 * @param requests every request received
 * @param rateLimited of them answered 429
 * @param created creates answered 201
 * @param answeredExisting creates answered 4003 (the number existed already)
 * @param numbers the distinct tracking numbers the backend holds
 * @param counters the backend's own counters, kept apart from its log
 */
record BackendTally(
    Map<Long, Long> perSecond,
    Map<Long, Long> rateLimitedPerSecond,
    long requests,
    long rateLimited,
    long created,
    long answeredExisting,
    Set<String> numbers,
    BackendCounters counters) {

  /** Reads {@code backend} now. Thread-safe, as the backend's accessors are. */
  static BackendTally of(SimulatedBackend backend) {
    List<ReceivedRequest> log = backend.received();
    List<ReceivedRequest> creates =
        log.stream()
            .filter(r -> r.method().equals("POST") && r.path().endsWith("/trackings"))
            .toList();
    return new BackendTally(
        bySecond(log),
        bySecond(log.stream().filter(r -> r.status() == 429).toList()),
        log.size(),
        log.stream().filter(r -> r.status() == 429).count(),
        creates.stream().filter(r -> r.status() == 201).count(),
        creates.stream().filter(r -> r.metaCode() == 4003).count(),
        backend.trackings().stream().map(Tracking::trackingNumber).collect(Collectors.toSet()),
        backend.counters());
  }

  private static Map<Long, Long> bySecond(List<ReceivedRequest> log) {
    return log.stream()
        .collect(
            Collectors.groupingBy(
                r -> r.at().getEpochSecond(), TreeMap::new, Collectors.counting()));
  }

  /** Creates beyond one per number: a tracking the backend made twice. */
  long duplicateCreates() {
    return Math.max(0, created - numbers.size());
  }

  /** The most requests in one wall-clock second. */
  long peak() {
    return perSecond.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }
}
