package org.scanstation.station.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.scanstation.device.printer.queue.PrintQueueListener;
import org.scanstation.station.acceptance.AcceptanceListener;
import org.scanstation.station.api.StationStatus;

/**
 * The station's metrics in one Prometheus registry, for {@code GET /metrics}: the scan and label
 * counters (hand {@link #scans()} and {@link #labels()} to the parts that tell them), gauges over
 * the station's state, and Micrometer's JVM and process binders. Nothing per parcel or per person
 * and nothing secret is a label value. Thread-safe.
 */
public final class StationMeters implements AutoCloseable {
  /** The content type of {@link #scrape()}: Prometheus text format 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ScanMeters scans;
  private final LabelMeters labels;
  private final StatusGauges gauges;
  private final JvmGcMetrics gc = new JvmGcMetrics();

  /**
   * Meters for a station with these configured scanner and printer ids (the only device label
   * values), its status, and the store's free-space floor in bytes.
   */
  public StationMeters(
      Clock clock,
      Set<String> scanners,
      Set<String> printers,
      long floorBytes,
      Supplier<StationStatus> status) {
    Objects.requireNonNull(clock, "clock");
    scans = new ScanMeters(registry, clock);
    scans.preset();
    labels = new LabelMeters(registry, printers);
    gauges = new StatusGauges(status, clock);
    gauges.register(registry, Set.copyOf(scanners), Set.copyOf(printers), floorBytes);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
  }

  /**
   * Counts the sync's pauses ({@code station_sync_pauses_total}) from {@code pauses}, when it runs.
   */
  public void countSyncPauses(LongSupplier pauses) {
    FunctionCounter.builder("station.sync.pauses", pauses, LongSupplier::getAsLong)
        .description("Times the sync paused itself (a refused key or wrong URL)")
        .register(registry);
  }

  /** Tell this each scan's result (add it to the acceptance service). */
  public AcceptanceListener scans() {
    return scans;
  }

  /** Tell this what the print queues do (add it to the print service). */
  public PrintQueueListener labels() {
    return labels;
  }

  /**
   * Every meter in the Prometheus text format, after reading the station's state once. Blocks on
   * the store's queries and a walk of the store's directory; any thread.
   */
  public String scrape() {
    gauges.refresh();
    return registry.scrape();
  }

  /** Stops the garbage-collection listener. */
  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
