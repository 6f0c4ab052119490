package org.scanstation.device.printer.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scanstation.device.printer.PrinterStatus;

/** Keeps every event a queue announces. Thread-safe. */
public final class RecordingListener implements PrintQueueListener {
  private final List<JobEvent> events = new ArrayList<>();
  private final List<PrinterStatus> statuses = new ArrayList<>();

  @Override
  public synchronized void jobChanged(JobEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void statusChanged(PrinterStatus status) {
    statuses.add(status);
  }

  public synchronized List<JobEvent> events(String jobId) {
    return events.stream().filter(e -> e.jobId().equals(jobId)).toList();
  }

  public synchronized List<JobState> states(String jobId) {
    return events(jobId).stream().map(JobEvent::state).distinct().toList();
  }

  public synchronized Optional<JobEvent> last(String jobId) {
    List<JobEvent> mine = events(jobId);
    return mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
  }

  public synchronized JobState state(String jobId) {
    return last(jobId).map(JobEvent::state).orElse(null);
  }

  public synchronized List<PrinterStatus> statuses() {
    return List.copyOf(statuses);
  }
}
