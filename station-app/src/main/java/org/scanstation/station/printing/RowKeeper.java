package org.scanstation.station.printing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.scanstation.device.printer.queue.JobEvent;
import org.scanstation.device.printer.queue.JobState;
import org.scanstation.device.printer.queue.PrintQueueListener;
import org.scanstation.station.StationException;
import org.scanstation.station.store.PrintJobStatus;
import org.scanstation.station.store.PrintJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the print queues report into the print_job rows. A job whose bytes may be at the
 * printer is stored as SENDING (with the print meter read before the send) before the bytes go, so
 * that a station that stops then asks the printer before sending it again; when that cannot be
 * written (the store is full or read-only) the bytes do not go. A job that finished while its row
 * could not be written stays taken (never queued again) and is written when the store can write. A
 * job held before sending is stored as HELD. A job whose row was CANCELLED (its acceptance was
 * voided) is refused at its send and withdrawn, so the queue drops it instead of holding it. Called
 * on the queues' worker threads and the print service's sweep; thread-safe.
 */
final class RowKeeper implements PrintQueueListener {
  private static final Logger log = LoggerFactory.getLogger(RowKeeper.class);

  private final PrintJobs jobs;
  private final Runnable printed;
  private final Consumer<String> finished;
  private final Map<String, Integer> priorAttempts = new ConcurrentHashMap<>();
  private final Map<String, Integer> recordedSends = new ConcurrentHashMap<>();
  private final Map<String, JobEvent> unrecorded = new ConcurrentHashMap<>();
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

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
  public boolean mayPrint(JobEvent sending) {
    if (jobs.unavailable().isPresent()) {
      return false;
    }
    try {
      if (!record(sending)) {
        // the row is finished already (CANCELLED by a void): never send it, and drop it
        if (jobs.find(sending.jobId()).map(j -> j.status().done()).orElse(true)) {
          cancelled.add(sending.jobId());
        }
        log.info("print job {} not sent: its row says it is no longer to print", sending.jobId());
        return false;
      }
      recordedSends.put(sending.jobId(), sending.attempts());
      return true;
    } catch (StationException e) {
      log.warn("print job {} not sent: its sending cannot be recorded ({})", sending.jobId(), e);
      return false;
    }
  }

  @Override
  public boolean withdrawn(JobEvent sending) {
    return cancelled.remove(sending.jobId());
  }

  @Override
  public void jobChanged(JobEvent e) {
    if (e.state() == JobState.QUEUED) {
      return; // the row says so already
    }
    boolean written = e.state() == JobState.SENDING && sendRecorded(e);
    if (!written) {
      written = tryRecord(e);
    }
    if (e.state() == JobState.PRINTED) {
      printed.run();
    }
    if (e.state().done()) {
      if (written) {
        finish(e.jobId());
      } else {
        unrecorded.put(e.jobId(), e);
      }
    }
  }

  /** Whether {@code e} is the send whose row {@link #mayPrint} wrote just before. */
  private boolean sendRecorded(JobEvent e) {
    return recordedSends.remove(e.jobId(), e.attempts());
  }

  private boolean tryRecord(JobEvent e) {
    try {
      record(e);
      return true;
    } catch (StationException ex) {
      log.error(
          "print job {}: could not record {} ({}){}; the printer's word was: {}",
          e.jobId(),
          e.state(),
          ex.getMessage(),
          e.state().done() ? "; it is kept and recorded once the store can write" : "",
          e.message());
      return false;
    }
  }

  /**
   * Writes the finished jobs whose rows the store could not take before. Never throws.
   *
   * @return how many still wait for the store
   */
  int catchUp() {
    for (JobEvent e : unrecorded.values()) {
      if (jobs.unavailable().isPresent() || !tryRecord(e)) {
        break;
      }
      unrecorded.remove(e.jobId());
      finish(e.jobId());
      log.info("print job {}: {} recorded now that the store can write", e.jobId(), e.state());
    }
    return unrecorded.size();
  }

  private void finish(String jobId) {
    priorAttempts.remove(jobId);
    recordedSends.remove(jobId);
    finished.accept(jobId);
  }

  /** Writes the job's row; false when the row is finished already and was left alone. */
  private boolean record(JobEvent e) {
    int attempts = priorAttempts.getOrDefault(e.jobId(), 0) + e.attempts();
    boolean atPrinter =
        e.state() == JobState.SENDING || (e.state() == JobState.HELD && e.mayBeAtPrinter());
    PrintJobStatus status = stored(e.state(), atPrinter);
    boolean why = e.state() == JobState.HELD || e.state() == JobState.FAILED;
    return jobs.update(
        e.jobId(),
        status,
        attempts,
        why ? e.message() : null,
        atPrinter ? Long.valueOf(e.odometerBefore()) : null,
        e.at());
  }

  /**
   * The stored status of a queue state. A held job whose bytes may be at the printer is stored as
   * SENDING, so a restart resumes it (asks the printer) instead of sending it blind again.
   */
  static PrintJobStatus stored(JobState state, boolean mayBeAtPrinter) {
    return switch (state) {
      case QUEUED -> PrintJobStatus.QUEUED;
      case SENDING -> PrintJobStatus.SENDING;
      case HELD -> mayBeAtPrinter ? PrintJobStatus.SENDING : PrintJobStatus.HELD;
      case PRINTED -> PrintJobStatus.PRINTED;
      case FAILED -> PrintJobStatus.FAILED;
      case CANCELLED -> PrintJobStatus.CANCELLED;
    };
  }
}
