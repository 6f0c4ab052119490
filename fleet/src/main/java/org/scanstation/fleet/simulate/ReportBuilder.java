package org.scanstation.fleet.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scanstation.common.Durations;

/**
 * Puts a run's samples and the backend's own counts together into its report: the per-second rows
 * by wall-clock second (the backend's rate window), the totals from the backend's log and store
 * against what the stations accepted. Pure.
 */
final class ReportBuilder {
  private ReportBuilder() {}

  /** The report of a run that started (first scan) at {@code start} and ended at {@code end}. */
  static SimulationReport build(
      SimulationPlan plan,
      Instant start,
      Instant end,
      List<Snapshot> samples,
      Set<String> accepted,
      long published,
      BackendTally tally,
      SimulationEvents events) {
    SimulationTotals totals = totals(plan, start, end, samples, accepted, published, tally);
    return new SimulationReport(
        plan.stations(),
        plan.parcels(),
        plan.dispatchers(),
        Durations.format(plan.scanInterval()),
        plan.killAfter().isZero() ? "none" : Durations.format(plan.killAfter()),
        plan.outage().isZero()
            ? "none"
            : Durations.format(plan.outage()) + " at " + Durations.format(plan.outageAt()),
        totals,
        events,
        rows(start, end, samples, tally),
        tally.counters());
  }

  private static SimulationTotals totals(
      SimulationPlan plan,
      Instant start,
      Instant end,
      List<Snapshot> samples,
      Set<String> accepted,
      long published,
      BackendTally tally) {
    Set<String> lost = new HashSet<>(accepted);
    lost.removeAll(tally.numbers());
    long delivered = accepted.size() - lost.size();
    boolean drained = lost.isEmpty() && accepted.size() == plan.events();
    return new SimulationTotals(
        accepted.size(),
        published,
        delivered,
        lost.size(),
        tally.duplicateCreates(),
        tally.requests(),
        Math.max(0, tally.requests() - accepted.size()),
        tally.answeredExisting(),
        tally.rateLimited(),
        tally.requests() == 0 ? 0 : (double) tally.rateLimited() / tally.requests(),
        tally.peak(),
        mean(tally),
        plan.rateLimit(),
        samples.stream().mapToLong(Snapshot::lag).max().orElse(-1),
        Duration.between(start, end).toMillis() / 1000.0,
        plan.idealDrainSeconds(),
        drained);
  }

  private static double mean(BackendTally tally) {
    if (tally.perSecond().isEmpty()) {
      return 0;
    }
    long first = tally.perSecond().keySet().stream().mapToLong(Long::longValue).min().orElse(0);
    long last = tally.perSecond().keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    return (double) tally.requests() / (last - first + 1);
  }

  private static List<SecondRow> rows(
      Instant start, Instant end, List<Snapshot> samples, BackendTally tally) {
    List<SecondRow> rows = new ArrayList<>();
    long first = start.getEpochSecond();
    Snapshot last = new Snapshot(start, 0, 0, 0, 0);
    int next = 0;
    for (long s = first; s <= end.getEpochSecond(); s++) {
      while (next < samples.size() && samples.get(next).at().getEpochSecond() <= s) {
        last = samples.get(next++);
      }
      rows.add(
          new SecondRow(
              s - first,
              Instant.ofEpochSecond(s).toString(),
              last.sent(),
              last.published(),
              last.delivered(),
              tally.perSecond().getOrDefault(s, 0L),
              tally.rateLimitedPerSecond().getOrDefault(s, 0L),
              last.lag()));
    }
    return rows;
  }
}
