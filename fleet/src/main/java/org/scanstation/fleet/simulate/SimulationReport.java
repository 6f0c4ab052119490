package org.scanstation.fleet.simulate;

import java.util.List;
import java.util.Locale;
import org.scanstation.simulator.backend.BackendCounters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a simulation ran, what it staged, and its figures per second and in total.
 *
 * @param stations stations
 * @param parcels parcels per station
 * @param dispatchers dispatchers
 * @param scanInterval mean time between two scans at one station
 * @param killAfter when a dispatcher was to be killed ({@code none} if not)
 * @param brokerOutage when and how long the broker was to be down ({@code none} if not)
 * @param totals the figures in total
 * @param events when the staged failures happened
 * @param seconds the figures per wall-clock second
 * @param backend the backend's own counters at the end, to check the totals against
 */
public record SimulationReport(
    int stations,
    int parcels,
    int dispatchers,
    String scanInterval,
    String killAfter,
    String brokerOutage,
    SimulationTotals totals,
    SimulationEvents events,
    List<SecondRow> seconds,
    BackendCounters backend) {
  /** Copies the rows. */
  public SimulationReport {
    seconds = List.copyOf(seconds);
  }

  /** The report as indented JSON. */
  public String json() {
    return JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValueAsString(this);
  }

  /** A few lines for a person: the totals against the targets. */
  public String summary() {
    SimulationTotals t = totals;
    return String.format(
        Locale.ROOT,
        "fleet simulate: %d stations x %d parcels, %d dispatchers, kill %s, outage %s%n"
            + "  %s in %.1f s (ideal %.1f s = %d events / %d per s)%n"
            + "  sent %d, published %d, delivered %d, lost %d, duplicate creates %d%n"
            + "  backend requests %d (redundant %d: %d answered 4003, %d answered 429 = %.2f%%)%n"
            + "  requests/s: peak %d, mean %.2f, limit %d; max consumer lag %d%n",
        stations,
        parcels,
        dispatchers,
        killAfter,
        brokerOutage,
        t.drained() ? "drained" : "TIMED OUT, not drained",
        t.drainSeconds(),
        t.idealDrainSeconds(),
        stations * parcels,
        t.limit(),
        t.sent(),
        t.published(),
        t.delivered(),
        t.lost(),
        t.duplicateCreates(),
        t.requests(),
        t.redundantCalls(),
        t.answeredExisting(),
        t.rateLimited(),
        t.rateLimitedShare() * 100,
        t.peakPerSecond(),
        t.meanPerSecond(),
        t.limit(),
        t.maxLag());
  }
}
