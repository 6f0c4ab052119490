package org.scanstation.device.printer.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.scanstation.common.DaemonThreads;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs of one printer, printed one at a time in the order submitted, by one worker thread of
 * its own. Each job's status is checked before sending and its printing confirmed after; a faulted,
 * silent or unreachable printer HOLDS its jobs, and they resume by themselves once it recovers
 * (status polled with backoff). Each job prints exactly once: it is sent again only when the
 * printer shows it never got it (see docs/printers.md). While idle, the worker polls the printer's
 * health now and then so faults show before a job meets them.
 *
 * <p>Thread-safe. {@link #submit} never blocks; listeners are called on the worker thread.
 */
public final class PrintQueue implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PrintQueue.class);

  private final LabelPrinter printer;
  private final QueueSettings settings;
  private final Clock clock;
  private final Announcer announcer = new Announcer();
  private final JobBook book = new JobBook();
  private final Pacer pacer = new Pacer();
  private final Thread worker;
  private volatile PrinterStatus status;

  /** A queue for {@code printer}; {@link #start()} starts its worker. */
  public PrintQueue(LabelPrinter printer, QueueSettings settings, Clock clock) {
    this.printer = Objects.requireNonNull(printer, "printer");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.worker = DaemonThreads.named("print queue " + printer.id()).newThread(this::work);
  }

  /** Adds a listener; add them before {@link #start()} to hear everything. */
  public void addListener(PrintQueueListener listener) {
    announcer.add(listener);
  }

  /** Starts the worker thread. */
  public void start() {
    worker.start();
  }

  /** The printer this queue feeds. */
  public LabelPrinter printer() {
    return printer;
  }

  /**
   * Queues a job behind the others. Never blocks.
   *
   * @return false when a job with this id is already waiting (it is not queued twice)
   * @throws PrintQueueFullException when {@link QueueSettings#limit()} jobs are waiting, or the
   *     queue is closed
   */
  public boolean submit(PrintJob job) {
    Objects.requireNonNull(job, "job");
    JobBook.Added added = pacer.closing() ? null : book.add(job, clock.instant(), settings.limit());
    if (added == null || added == JobBook.Added.FULL) {
      PrinterStatus s = status;
      throw new PrintQueueFullException(
          who()
              + (added == null
                  ? "its print queue is closed"
                  : book.size() + " jobs are already waiting (the limit)")
              + "; job "
              + job.id()
              + " was not queued and nothing was dropped"
              + (added == null
                  ? ""
                  : " — fix the printer"
                      + (s == null ? "" : " (" + s.describe() + ")")
                      + " or raise the limit"));
    }
    if (added == JobBook.Added.ALREADY_THERE) {
      return false;
    }
    emit(job, JobState.QUEUED, 0, false, job.odometerBefore(), null, who() + "queued");
    pacer.signal();
    return true;
  }

  /** How many jobs wait and the oldest of them, with the printer's last status. Never blocks. */
  public QueueView view() {
    return book.view(printer, status);
  }

  /** The printer's last polled status, or null before the first poll. Never blocks. */
  public PrinterStatus lastStatus() {
    return status;
  }

  private void work() {
    poll(); // the pages show the printer's state from the start, not after the first job
    while (pacer.awaitWork(() -> book.head() != null, settings.healthInterval())) {
      JobBook.Entry next = book.head();
      if (next == null) {
        poll(); // idle: a health check
        continue;
      }
      boolean finished;
      try {
        finished = new JobRun(next.job, printer, settings, host(next.job)).run();
      } catch (RuntimeException e) {
        log.error("print queue {}: job {} failed unexpectedly", printer.id(), next.job.id(), e);
        emit(next.job, JobState.FAILED, 0, true, -1, null, who() + "unexpected error: " + e);
        finished = true;
      }
      if (!finished) {
        return;
      }
      book.remove(next);
    }
  }

  private JobHost host(PrintJob job) {
    return new JobHost() {
      @Override
      public PrinterStatus poll() {
        return PrintQueue.this.poll();
      }

      @Override
      public boolean pause(Duration d) {
        return pacer.pause(d);
      }

      @Override
      public void emit(
          JobState state,
          int attempts,
          boolean atPrinter,
          long odometer,
          Confirmation c,
          String message) {
        PrintQueue.this.emit(job, state, attempts, atPrinter, odometer, c, message);
      }

      @Override
      public boolean mayPrint(int attempts, long odometer, String message) {
        return announcer.mayPrint(sending(job, attempts, odometer, message));
      }

      @Override
      public boolean withdrawn(int attempts, long odometer, String message) {
        return announcer.withdrawn(sending(job, attempts, odometer, message));
      }

      @Override
      public Instant now() {
        return clock.instant();
      }
    };
  }

  private JobEvent sending(PrintJob job, int attempts, long odometer, String message) {
    return new JobEvent(
        job.id(),
        printer.id(),
        JobState.SENDING,
        attempts,
        true,
        odometer,
        null,
        message,
        clock.instant());
  }

  private PrinterStatus poll() {
    PrinterStatus s = printer.status();
    PrinterStatus before = status;
    status = s;
    if (before == null || before.state() != s.state() || !before.describe().equals(s.describe())) {
      announcer.status(s);
    }
    return s;
  }

  private void emit(
      PrintJob job,
      JobState state,
      int attempts,
      boolean atPrinter,
      long odometer,
      Confirmation c,
      String message) {
    JobEvent e =
        new JobEvent(
            job.id(),
            printer.id(),
            state,
            attempts,
            atPrinter,
            odometer,
            c,
            message,
            clock.instant());
    if (book.record(e)) {
      announcer.job(e);
    }
  }

  private String who() {
    return "printer " + printer.id() + " at " + printer.address() + ": ";
  }

  /**
   * Stops the worker (a job in progress stops at its next wait, its state as last reported) and
   * closes the printer. Jobs still waiting are not printed. Blocks until the worker has stopped: at
   * most about the printer's timeouts.
   */
  @Override
  public void close() {
    pacer.close();
    try {
      worker.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    printer.close();
  }
}
