package org.scanstation.station.app;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.scanstation.common.DaemonThreads;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.AcceptanceListener;
import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Duplicate;
import org.scanstation.station.domain.acceptance.Rejected;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.store.ScanRefusals;
import org.scanstation.station.store.ScanRefusals.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every duplicate and rejected scan for the shift overview, off the scanning thread: the
 * packer's answer never waits for this write. Queued refusals are written once a second in one
 * transaction; while the store cannot write they wait (up to {@value #MAX_WAITING}, then the oldest
 * are dropped and counted in the log), so a refusal because the store was down is counted once it
 * is back. These rows are counts for people, not evidence: the acceptances are. Thread-safe.
 */
final class ScanRefusalLog implements AcceptanceListener, AutoCloseable {
  static final int MAX_WAITING = 10_000;
  private static final Logger log = LoggerFactory.getLogger(ScanRefusalLog.class);

  private final Consumer<List<Refusal>> store;
  private final Clock clock;
  private final Deque<Refusal> waiting = new ArrayDeque<>();
  private final ScheduledExecutorService writer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("scan-refusals"));
  private long dropped;
  private boolean failing;

  /** A log that writes through {@code store} (e.g. {@link ScanRefusals#record}) on its thread. */
  ScanRefusalLog(Consumer<List<Refusal>> store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts writing once a second. */
  ScanRefusalLog start() {
    writer.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
    return this;
  }

  @Override
  public void onResult(Scan scan, String operatorId, AcceptanceResult result) {
    Refusal r;
    if (result instanceof Duplicate) {
      r = new Refusal(clock.instant(), scan.scannerId(), operatorId, "DUPLICATE", null);
    } else if (result instanceof Rejected rejected) {
      r =
          new Refusal(
              clock.instant(), scan.scannerId(), operatorId, "REJECTED", rejected.reason().name());
    } else {
      return;
    }
    synchronized (waiting) {
      if (waiting.size() >= MAX_WAITING) {
        waiting.removeFirst();
        dropped++;
      }
      waiting.addLast(r);
    }
  }

  /** Writes what waits; puts it back when the store cannot write. Runs on the writer thread. */
  void flush() {
    List<Refusal> batch;
    synchronized (waiting) {
      batch = new ArrayList<>(waiting);
      waiting.clear();
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      store.accept(batch);
    } catch (StationException e) {
      putBack(batch);
      if (!failing) {
        log.warn("refused scans not counted yet, kept for later: {}", e.getMessage());
      }
      failing = true;
      return;
    }
    failing = false;
    long lost;
    synchronized (waiting) {
      lost = dropped;
      dropped = 0;
    }
    if (lost > 0) {
      log.warn("{} refused scans were not counted: the store could not write for too long", lost);
    }
  }

  /** Puts an unwritten batch back in front of what came meanwhile, dropping the oldest if full. */
  private void putBack(List<Refusal> batch) {
    synchronized (waiting) {
      for (int i = batch.size() - 1; i >= 0; i--) {
        if (waiting.size() >= MAX_WAITING) {
          dropped += i + 1;
          return;
        }
        waiting.addFirst(batch.get(i));
      }
    }
  }

  /** Writes what waits and stops. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
  }
}
