package org.scanstation.station.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.scanstation.device.printer.queue.JobEvent;
import org.scanstation.device.printer.queue.JobState;
import org.scanstation.device.printer.queue.PrintQueueListener;

/**
 * Reports every state change of a command's print jobs and waits until each is PRINTED or FAILED.
 * Thread-safe.
 */
final class PrintWatch implements PrintQueueListener {
  /** How one event is written. */
  @FunctionalInterface
  interface Reporter {
    void report(PrintStream out, JobEvent e);
  }

  private final PrintStream out;
  private final Reporter reporter;
  private final CountDownLatch done;
  private final Map<String, JobEvent> last = new ConcurrentHashMap<>();

  PrintWatch(PrintStream out, int jobs, Reporter reporter) {
    this.out = out;
    this.reporter = reporter;
    this.done = new CountDownLatch(jobs);
  }

  @Override
  public void jobChanged(JobEvent e) {
    JobEvent before = last.put(e.jobId(), e);
    synchronized (out) {
      reporter.report(out, e);
    }
    if (e.state().done() && (before == null || !before.state().done())) {
      done.countDown();
    }
  }

  /** Waits until every job is PRINTED or FAILED; false when {@code wait} ran out first. */
  boolean await(Duration wait) throws InterruptedException {
    return done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether any job FAILED. */
  boolean anyFailed() {
    return last.values().stream().anyMatch(e -> e.state() == JobState.FAILED);
  }

  /** The jobs not finished, with what was last said of them. */
  Map<String, JobEvent> unfinished() {
    Map<String, JobEvent> open = new java.util.TreeMap<>();
    last.forEach(
        (id, e) -> {
          if (!e.state().done()) {
            open.put(id, e);
          }
        });
    return open;
  }
}
