package org.scanstation.device.printer.queue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterStatus;

/**
 * The jobs a queue has not finished, oldest first, each with the last event said about it.
 * Thread-safe (synchronized).
 */
final class JobBook {
  /** A job waiting or in progress. */
  static final class Entry {
    final PrintJob job;
    final Instant since;
    JobEvent last;

    Entry(PrintJob job, Instant since) {
      this.job = job;
      this.since = since;
    }
  }

  /** What {@link #add} did. */
  enum Added {
    ADDED,
    ALREADY_THERE,
    FULL
  }

  private final Deque<Entry> entries = new ArrayDeque<>();

  synchronized Added add(PrintJob job, Instant now, int limit) {
    if (entries.stream().anyMatch(e -> e.job.id().equals(job.id()))) {
      return Added.ALREADY_THERE;
    }
    if (entries.size() >= limit) {
      return Added.FULL;
    }
    entries.addLast(new Entry(job, now));
    return Added.ADDED;
  }

  synchronized Entry head() {
    return entries.peekFirst();
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized void remove(Entry e) {
    entries.remove(e);
  }

  /** Keeps the event as its job's last; false when it only repeats the last one. */
  synchronized boolean record(JobEvent e) {
    for (Entry entry : entries) {
      if (entry.job.id().equals(e.jobId())) {
        JobEvent last = entry.last;
        entry.last = e;
        return last == null
            || last.state() != e.state()
            || last.attempts() != e.attempts()
            || last.mayBeAtPrinter() != e.mayBeAtPrinter()
            || !last.message().equals(e.message());
      }
    }
    return true;
  }

  /**
   * Whether the oldest job is held up: HELD, or sent again after an attempt that failed (so the
   * badge does not turn green for each retry of a label whose connection keeps dropping).
   */
  private static boolean heldUp(JobEvent e) {
    return e != null
        && (e.state() == JobState.HELD || (e.state() == JobState.SENDING && e.attempts() > 1));
  }

  /** The view of these jobs for a printer whose last status is {@code status}. */
  synchronized QueueView view(LabelPrinter printer, PrinterStatus status) {
    Entry oldest = entries.peekFirst();
    JobEvent e = oldest == null ? null : oldest.last;
    return new QueueView(
        printer.id(),
        printer.address(),
        entries.size(),
        heldUp(e) ? entries.size() : 0,
        oldest == null ? null : oldest.since,
        oldest == null ? null : oldest.job.id(),
        e == null ? null : e.state(),
        e == null ? null : e.message(),
        status);
  }
}
