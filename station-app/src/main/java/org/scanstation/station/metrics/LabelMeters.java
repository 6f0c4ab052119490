package org.scanstation.station.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scanstation.device.printer.queue.JobEvent;
import org.scanstation.device.printer.queue.JobState;
import org.scanstation.device.printer.queue.PrintQueueListener;

/**
 * Counts label jobs per printer as they end up printed, held or failed ({@code
 * station_labels_total{printer,outcome}}). A job counts as held once each time it becomes held, not
 * each time its reason changes. A printer that is not configured (a job sent to a URI) counts as
 * {@code other}, so that no address becomes a label value. Thread-safe: each queue's worker thread
 * calls it.
 */
final class LabelMeters implements PrintQueueListener {
  private static final String OTHER = "other";

  private final MeterRegistry registry;
  private final Set<String> printers;
  private final Map<String, JobState> lastState = new ConcurrentHashMap<>();

  LabelMeters(MeterRegistry registry, Set<String> printers) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.printers = Set.copyOf(printers);
    for (String p : this.printers) {
      for (String outcome : new String[] {"printed", "held", "failed"}) {
        counter(p, outcome);
      }
    }
  }

  @Override
  public void jobChanged(JobEvent e) {
    JobState before = lastState.put(e.jobId(), e.state());
    switch (e.state()) {
      case PRINTED -> end(e, "printed");
      case FAILED -> end(e, "failed");
      case CANCELLED -> lastState.remove(e.jobId());
      case HELD -> {
        if (before != JobState.HELD) {
          counter(printer(e), "held").increment();
        }
      }
      default -> {}
    }
  }

  private void end(JobEvent e, String outcome) {
    lastState.remove(e.jobId());
    counter(printer(e), outcome).increment();
  }

  private String printer(JobEvent e) {
    return printers.contains(e.printerId()) ? e.printerId() : OTHER;
  }

  private Counter counter(String printer, String outcome) {
    return Counter.builder("station.labels")
        .description("Label jobs that printed, were held, or failed, per configured printer")
        .tag("printer", printer)
        .tag("outcome", outcome)
        .register(registry);
  }
}
