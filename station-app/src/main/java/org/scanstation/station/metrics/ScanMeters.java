package org.scanstation.station.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.scanstation.station.acceptance.AcceptanceListener;
import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.domain.acceptance.Duplicate;
import org.scanstation.station.domain.acceptance.Rejected;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.tracking.RejectReason;

/**
 * Counts scans by result and reason ({@code station_scans_total}) and times each from the scan's
 * arrival to its recorded result ({@code station_acceptance_seconds}, a histogram). The reason is
 * the rejection code, {@code none} otherwise; the scanner is not a label here, since page scans
 * carry a page's id. Thread-safe: called on whichever thread recorded the scan.
 */
final class ScanMeters implements AcceptanceListener {
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5)
  };

  private final MeterRegistry registry;
  private final Clock clock;
  private final Timer latency;

  ScanMeters(MeterRegistry registry, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.latency =
        Timer.builder("station.acceptance")
            .description("From a scan's arrival to its recorded result")
            .serviceLevelObjectives(BUCKETS)
            .register(registry);
  }

  @Override
  public void onResult(Scan scan, String operatorId, AcceptanceResult result) {
    counter(result(result), reason(result)).increment();
    Duration took = Duration.between(scan.receivedAt(), clock.instant());
    latency.record(took.isNegative() ? Duration.ZERO : took);
  }

  /** Zero counters for every result and reason, so that rates and alerts work from the start. */
  void preset() {
    counter("accepted", "none");
    counter("duplicate", "none");
    for (RejectReason reason : RejectReason.values()) {
      counter("rejected", reason.name());
    }
  }

  private Counter counter(String result, String reason) {
    return Counter.builder("station.scans")
        .description("Scans by result and rejection reason")
        .tag("result", result)
        .tag("reason", reason)
        .register(registry);
  }

  private static String result(AcceptanceResult r) {
    if (r instanceof Accepted) {
      return "accepted";
    }
    return r instanceof Duplicate ? "duplicate" : "rejected";
  }

  private static String reason(AcceptanceResult r) {
    return r instanceof Rejected x ? x.reason().name() : "none";
  }
}
