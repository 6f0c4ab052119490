package org.scanstation.station.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.api.SyncStatus;

/**
 * Gauges over the station's own state, read once per scrape: each configured printer's state, queue
 * depth and oldest job's age, each configured scanner's state, the outbox and the sync's counts,
 * the store's free space, floor and size, and the parcels USPS has not scanned. A value that is not
 * known (the sync does not run, the read-back is off) is {@code NaN}. Thread-safe: {@link #refresh}
 * replaces one snapshot that the gauges read.
 */
final class StatusGauges {
  private final Supplier<StationStatus> status;
  private final Clock clock;
  private volatile Snapshot now;

  private record Snapshot(StationStatus status, double storeBytes, Instant at) {}

  StatusGauges(Supplier<StationStatus> status, Clock clock) {
    this.status = Objects.requireNonNull(status, "status");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Reads the station's state for the scrape that follows; blocks on the store's queries. */
  void refresh() {
    StationStatus s = status.get();
    double size = s.store() == null ? Double.NaN : DirectorySize.of(Path.of(s.store().path()));
    now = new Snapshot(s, size, clock.instant());
  }

  void register(MeterRegistry r, Set<String> scanners, Set<String> printers, long floorBytes) {
    for (String p : printers) {
      device(r, "station.printer.up", "printer", p, d -> d.ok() ? 1 : 0, "1 when it works");
      device(r, "station.printer.queue.jobs", "printer", p, d -> d.queued(), "Jobs waiting");
      Gauge.builder("station.printer.oldest.job.age", this, g -> g.oldestJobAge(p))
          .description("Age of the printer's oldest waiting job, 0 when none waits")
          .baseUnit("seconds")
          .tag("printer", p)
          .register(r);
    }
    for (String s : scanners) {
      device(r, "station.scanner.up", "scanner", s, d -> d.ok() ? 1 : 0, "1 when connected");
    }
    registerSync(r);
    gauge(r, "station.store.up", null, s -> isUp(s) ? 1 : 0, "1 when the store can record");
    gauge(r, "station.store.free", "bytes", StatusGauges::free, "Free space on the store's disk");
    Gauge.builder("station.store.free.floor", () -> floorBytes)
        .description("Free space below which the store refuses scans (store.free-space-min)")
        .baseUnit("bytes")
        .register(r);
    Gauge.builder("station.store.size", this, g -> g.snapshot().storeBytes())
        .description("Bytes of the store's files")
        .baseUnit("bytes")
        .register(r);
    gauge(
        r,
        "station.carrier.unscanned.parcels",
        null,
        s -> s.unscannedOverDay() == null ? Double.NaN : s.unscannedOverDay(),
        "Parcels accepted over 24h ago that USPS has not scanned (read-back only)");
    gauge(
        r,
        "station.carrier.readback.lag",
        "seconds",
        s -> s.readBackLagSeconds() == null ? Double.NaN : s.readBackLagSeconds(),
        "How long the most overdue carrier check has waited past its time (read-back only)");
  }

  private void registerSync(MeterRegistry r) {
    sync(r, "station.sync.running", null, y -> y.running() ? 1 : 0, "1 when the sync runs");
    sync(r, "station.sync.paused", null, y -> y.paused() ? 1 : 0, "1 when it paused itself");
    sync(r, "station.outbox.pending.entries", null, SyncStatus::pending, "Entries to send");
    sync(r, "station.outbox.quarantined.entries", null, SyncStatus::quarantined, "For a person");
    sync(
        r,
        "station.outbox.oldest.pending.age",
        "seconds",
        y -> y.oldestPendingAt() == null ? 0 : age(y.oldestPendingAt()),
        "Age of the oldest entry waiting to be sent, 0 when none waits");
    counter(r, "station.sync.deliveries", SyncStatus::delivered, "Deliveries since start");
    counter(r, "station.sync.rate.limited", SyncStatus::rateLimited, "429 answers since start");
    counter(r, "station.sync.failures", SyncStatus::failures, "Failed attempts since start");
  }

  private void device(
      MeterRegistry r,
      String name,
      String kind,
      String id,
      ToDoubleFunction<DeviceView> value,
      String help) {
    Gauge.builder(name, this, g -> g.device(kind, id, value))
        .description(help)
        .tag(kind, id)
        .register(r);
  }

  private void gauge(
      MeterRegistry r, String name, String unit, ToDoubleFunction<StationStatus> f, String help) {
    Gauge.builder(name, this, g -> f.applyAsDouble(g.snapshot().status()))
        .description(help)
        .baseUnit(unit)
        .register(r);
  }

  private void sync(
      MeterRegistry r, String name, String unit, ToDoubleFunction<SyncStatus> f, String help) {
    gauge(r, name, unit, s -> s.sync() == null ? Double.NaN : f.applyAsDouble(s.sync()), help);
  }

  private void counter(MeterRegistry r, String name, ToDoubleFunction<SyncStatus> f, String help) {
    FunctionCounter.builder(
            name, this, g -> g.snapshot().status().sync() == null ? 0 : f.applyAsDouble(g.sync()))
        .description(help)
        .register(r);
  }

  private SyncStatus sync() {
    return snapshot().status().sync();
  }

  private double device(String kind, String id, ToDoubleFunction<DeviceView> value) {
    StationStatus s = snapshot().status();
    List<DeviceView> all = kind.equals("printer") ? s.printers() : s.scanners();
    return all.stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .map(value::applyAsDouble)
        .orElse(Double.NaN);
  }

  private double oldestJobAge(String printer) {
    return device(
        "printer",
        printer,
        d -> d.oldestQueuedAt() == null ? 0 : age(Instant.parse(d.oldestQueuedAt())));
  }

  private double age(Instant since) {
    return Math.max(0, Duration.between(since, snapshot().at()).toMillis() / 1000.0);
  }

  private static boolean isUp(StationStatus s) {
    return s.store() != null && !s.store().state().equals("UNAVAILABLE");
  }

  private static double free(StationStatus s) {
    return s.store() == null || s.store().freeBytes() < 0 ? Double.NaN : s.store().freeBytes();
  }

  private Snapshot snapshot() {
    Snapshot s = now;
    if (s == null) {
      refresh(); // a scrape always refreshes first; this covers a meter read another way
      s = now;
    }
    return s;
  }
}
