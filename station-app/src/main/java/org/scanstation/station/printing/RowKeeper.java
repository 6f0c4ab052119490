package org.scanstation.station.printing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.scanstation.device.printer.JobEvent;
import org.scanstation.device.printer.JobState;
import org.scanstation.device.printer.PrintQueueListener;
import org.scanstation.station.StationException;
import org.scanstation.station.store.PrintJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the print queues report into the print_job rows. A job whose bytes may be at the
 * printer is stored as SENDING (with the print meter read before the send), so that a station that
 * stops then asks the printer before sending it again; a job held before sending is stored as HELD.
 * Called on the queues' worker threads; thread-safe.
 */
final class RowKeeper implements PrintQueueListener {
  private static final Logger log = LoggerFactory.getLogger(RowKeeper.class);

  private final PrintJobs jobs;
  private final Runnable printed;
  private final Consumer<String> finished;
  private final Map<String, Integer> priorAttempts = new ConcurrentHashMap<>();

  /**
   * @param printed told once per job the printer confirmed
   * @param finished told a job's id once its row says PRINTED or FAILED
   */
  RowKeeper(PrintJobs jobs, Runnable printed, Consumer<String> finished) {
    this.jobs = jobs;
    this.printed = printed;
    this.finished = finished;
  }

  /** Remembers how often a job was sent before this process took it. */
  void taking(String jobId, int attempts) {
    priorAttempts.put(jobId, attempts);
  }

  @Override
  public void jobChanged(JobEvent e) {
    if (e.state() == JobState.QUEUED) {
      return; // the row says so already
    }
    try {
      record(e, priorAttempts.getOrDefault(e.jobId(), 0) + e.attempts());
    } catch (StationException ex) {
      log.error(
          "print job {}: could not record {} ({}); the printer's word was: {}",
          e.jobId(),
          e.state(),
          ex.getMessage(),
          e.message());
    }
    if (e.state() == JobState.PRINTED) {
      printed.run();
    }
    if (e.state().done()) {
      priorAttempts.remove(e.jobId());
      finished.accept(e.jobId());
    }
  }

  private void record(JobEvent e, int attempts) {
    boolean atPrinter =
        e.state() == JobState.SENDING || (e.state() == JobState.HELD && e.mayBeAtPrinter());
    String status = e.state() == JobState.HELD && atPrinter ? "SENDING" : e.state().name();
    boolean why = e.state() == JobState.HELD || e.state() == JobState.FAILED;
    jobs.update(
        e.jobId(),
        status,
        attempts,
        why ? e.message() : null,
        atPrinter ? Long.valueOf(e.odometerBefore()) : null,
        e.at());
  }
}
