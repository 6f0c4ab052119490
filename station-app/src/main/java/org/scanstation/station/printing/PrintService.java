package org.scanstation.station.printing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.scanstation.common.DaemonThreads;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.queue.PrintJob;
import org.scanstation.device.printer.queue.PrintQueue;
import org.scanstation.device.printer.queue.PrintQueueListener;
import org.scanstation.device.printer.queue.QueueSettings;
import org.scanstation.station.StationException;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.store.PrintJobStatus;
import org.scanstation.station.store.PrintJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the station's print jobs: first prints after each acceptance and reprints, each through
 * the print queue of its printer, with every step recorded in its print_job row. Unfinished jobs
 * are taken up at start, in order; a job that was SENDING when the station stopped is not sent
 * again before its printer has been asked whether it got it (docs/printers.md). Jobs for a printer
 * that is not configured wait, HELD, saying so. Thread-safe.
 */
public final class PrintService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PrintService.class);

  private final PrintJobs jobs;
  private final String stationPrinter;
  private final Clock clock;
  private final List<PrintQueueListener> listeners = new CopyOnWriteArrayList<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<String, String> unroutable = new ConcurrentHashMap<>();
  private final RowKeeper keeper;
  private final Fleet fleet;
  private volatile ScheduledExecutorService sweeper;

  /**
   * A print service over {@code jobs}.
   *
   * @param printers the configured printers, id to URI, in order
   * @param stationPrinter the id first prints go to (shown even when not configured)
   * @param printed told once per label the printer confirmed (the packer page's counter)
   */
  public PrintService(
      PrintJobs jobs,
      Map<String, String> printers,
      String stationPrinter,
      PrinterOpener opener,
      QueueSettings settings,
      Clock clock,
      Runnable printed) {
    this.jobs = Objects.requireNonNull(jobs, "jobs");
    this.stationPrinter = stationPrinter;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.keeper = new RowKeeper(jobs, printed, inFlight::remove);
    listeners.add(keeper);
    this.fleet = new Fleet(printers, opener, settings, clock, listeners);
    fleet.startConfigured(new ArrayList<>(printers.keySet()));
  }

  /**
   * Adds a listener to every queue, the configured printers' running ones and those made later. It
   * hears only what happens from now on.
   */
  public void addListener(PrintQueueListener listener) {
    fleet.addListener(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Takes up every unfinished job, oldest first, and from then on looks for missed ones every
   * {@code every} (a job refused by a full queue, a store written while nothing listened).
   */
  public void start(Duration every) {
    sweep();
    sweeper = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("print sweep"));
    sweeper.scheduleWithFixedDelay(
        this::sweep, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void sweep() {
    if (jobs.unavailable().isPresent()) {
      return; // nothing is sent whose state cannot be recorded; the next sweep after it recovers
    }
    try {
      keeper.catchUp();
      jobs.unfinishedIds().forEach(this::submit);
    } catch (RuntimeException e) {
      log.warn("print sweep: {}", e.getMessage());
    }
  }

  /** Looks for unfinished jobs now, on the service's own thread (the store can write again). */
  public void sweepSoon() {
    ScheduledExecutorService s = sweeper;
    if (s != null) {
      s.execute(this::sweep);
    }
  }

  /**
   * Puts a job on its printer's queue soon, on the service's own thread, in the order asked: for
   * callers that must not wait for the store (the scanning thread). Before {@link #start} it
   * submits at once.
   */
  public void wake(String jobId) {
    ScheduledExecutorService s = sweeper;
    if (s == null) {
      submit(jobId);
    } else {
      s.execute(() -> submit(jobId));
    }
  }

  /**
   * Puts a job on its printer's queue unless it is there already or finished. Never throws: a job
   * that cannot be queued stays in the store with the reason and is tried again later.
   */
  public synchronized void submit(String jobId) {
    if (inFlight.contains(jobId) || unroutable.containsKey(jobId)) {
      return; // queued already, or its printer cannot appear before the station restarts
    }
    Optional<PrintJobs.Pending> found;
    try {
      found = jobs.find(jobId);
    } catch (StationException e) {
      log.warn("print job {} waits in the store: {}", jobId, e.getMessage());
      return; // the sweep takes it up once the store answers
    }
    if (found.isEmpty() || found.get().status().done()) {
      return; // finished meanwhile: never queued twice
    }
    PrintJobs.Pending row = found.get();
    Optional<PrintQueue> queue;
    try {
      queue = fleet.queueFor(row.printer());
    } catch (DeviceException bad) {
      hold(row, bad.getMessage() + "; reprint it to a valid printer");
      return;
    }
    if (queue.isEmpty()) {
      hold(row, PrinterViews.notConfigured(row.printer()));
      return;
    }
    take(row, queue.get());
  }

  private void take(PrintJobs.Pending row, PrintQueue queue) {
    byte[] bytes;
    try {
      bytes = LabelBytes.forPrinter(row, queue.printer().language(), fleet.headSettings(queue));
    } catch (StationException unreadable) {
      hold(row, unreadable.getMessage());
      return;
    }
    // SENDING in the store: the station stopped while its bytes may have been at the printer.
    PrintJob job =
        row.status() == PrintJobStatus.SENDING
            ? PrintJob.resumed(row.jobId(), bytes, row.odometerBefore())
            : PrintJob.of(row.jobId(), bytes);
    keeper.taking(row.jobId(), row.attempts());
    inFlight.add(row.jobId());
    unroutable.remove(row.jobId());
    try {
      queue.submit(job);
    } catch (DeviceException full) {
      inFlight.remove(row.jobId());
      log.warn("print job {} waits in the store: {}", row.jobId(), full.getMessage());
    }
  }

  private void hold(PrintJobs.Pending row, String why) {
    if (row.printer().equals(unroutable.put(row.jobId(), row.printer()))) {
      return; // said so already
    }
    try {
      jobs.update(
          row.jobId(),
          row.status() == PrintJobStatus.SENDING ? PrintJobStatus.SENDING : PrintJobStatus.HELD,
          row.attempts(),
          why,
          null,
          clock.instant());
    } catch (StationException e) {
      log.warn("print job {}: {}", row.jobId(), e.getMessage());
    }
    log.warn("print job {} for {} waits: {}", row.jobId(), row.trackingNumber(), why);
  }

  /** Every printer as the pages show it: configured ones, then those jobs named by URI. */
  public List<DeviceView> devices() {
    List<DeviceView> out = new ArrayList<>(PrinterViews.of(fleet.queues()));
    if (stationPrinter != null && !fleet.isConfigured(stationPrinter)) {
      long waiting = unroutable.values().stream().filter(stationPrinter::equals).count();
      out.add(0, PrinterViews.notConfigured(stationPrinter, (int) waiting));
    }
    return out;
  }

  /** Stops looking for jobs and stops every queue; unfinished jobs stay in the store. */
  @Override
  public void close() {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
    fleet.close();
  }
}
