package org.scanstation.station.store;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.scanstation.common.DaemonThreads;
import org.scanstation.station.StationException;
import org.scanstation.station.config.ByteSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a running station's store: the free space on its file system against a warning threshold
 * and a floor (below the floor nothing is written, so a scan is refused whole rather than
 * half-recorded), and, while the store is unavailable, a probe write that finds out when it can
 * write again, rebooting the database when a fault outlives the cause. Runs on one daemon thread of
 * its own; thread-safe.
 */
public final class StoreWatch implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StoreWatch.class);
  private static final int PROBES_BEFORE_REBOOT = 2;
  private static final long RESUME_ROOM = 1L << 20;

  /**
   * What the watch holds the store to.
   *
   * @param warnBelow free bytes below which the pages warn (scans still recorded)
   * @param refuseBelow free bytes below which nothing is written and scans are refused
   * @param every how often it looks
   */
  public record Limits(long warnBelow, long refuseBelow, Duration every) {
    /** Checks the values. */
    public Limits {
      Objects.requireNonNull(every, "every");
      if (refuseBelow < 0 || warnBelow < refuseBelow) {
        throw new IllegalArgumentException(
            "store.free-space-warn must be at least store.free-space-min, and both >= 0");
      }
    }
  }

  private final StationStore store;
  private final Limits limits;
  private final Clock clock;
  private final ScheduledExecutorService timer;
  private int failedProbes;

  private StoreWatch(StationStore store, Limits limits, Clock clock) {
    this.store = store;
    this.limits = limits;
    this.clock = clock;
    this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("store watch"));
  }

  /** Checks {@code store} now, then every {@link Limits#every()}, until closed. */
  public static StoreWatch start(StationStore store, Limits limits, Clock clock) {
    StoreWatch w =
        new StoreWatch(
            Objects.requireNonNull(store, "store"),
            Objects.requireNonNull(limits, "limits"),
            Objects.requireNonNull(clock, "clock"));
    store.health().addListener(v -> w.told(StoreHealth.State.valueOf(v.state()), v.message()));
    store.watchedBy(w);
    w.check();
    long ms = Math.max(1, limits.every().toMillis());
    w.timer.scheduleWithFixedDelay(w::checkQuietly, ms, ms, TimeUnit.MILLISECONDS);
    return w;
  }

  private void checkQuietly() {
    try {
      check();
    } catch (RuntimeException e) {
      log.warn("store watch: {}", e.toString());
    }
  }

  /** One look: free space first, then (while unavailable) whether a write works again. */
  void check() {
    StoreHealth health = store.health();
    long free = freeSpace();
    if (free >= 0 && free < limits.refuseBelow()) {
      health.found(StoreHealth.State.UNAVAILABLE, belowFloor(free), free, clock.instant());
      return;
    }
    if (health.state() == StoreHealth.State.UNAVAILABLE
        && ((free >= 0 && free < RESUME_ROOM) || !probe())) {
      return; // a full disk may still take a probe's few bytes: resume only with room to work
    }
    if (free >= 0 && free < limits.warnBelow()) {
      health.found(StoreHealth.State.LOW_SPACE, lowSpace(free), free, clock.instant());
    } else {
      health.found(StoreHealth.State.OK, null, free, clock.instant());
    }
  }

  private boolean probe() {
    try {
      store.probe();
      failedProbes = 0;
      return true;
    } catch (StationException e) {
      failedProbes++;
      if (failedProbes % PROBES_BEFORE_REBOOT == 0) {
        log.warn("store {} still cannot write; restarting its database", store.path());
        store.reboot();
      }
      return false;
    }
  }

  private long freeSpace() {
    if (store.path() == null) {
      return -1;
    }
    try {
      return Files.getFileStore(store.path()).getUsableSpace();
    } catch (IOException e) {
      return -1; // the probe write tells whether the store works
    }
  }

  private String belowFloor(long free) {
    return "only "
        + ByteSize.format(free)
        + " free on the store's disk ("
        + store.path()
        + "); nothing is recorded below store.free-space-min="
        + ByteSize.format(limits.refuseBelow())
        + ". Free some space (old backups, logs); the station resumes by itself";
  }

  private String lowSpace(long free) {
    return ByteSize.format(free)
        + " free on the store's disk ("
        + store.path()
        + "), below store.free-space-warn="
        + ByteSize.format(limits.warnBelow())
        + "; scans are refused below "
        + ByteSize.format(limits.refuseBelow())
        + ". Free some space soon";
  }

  private void told(StoreHealth.State state, String message) {
    switch (state) {
      case UNAVAILABLE -> log.error("STORE UNAVAILABLE, scans are refused: {}", message);
      case LOW_SPACE -> log.warn("store space low: {}", message);
      case OK -> log.info("store {} can write, with room", store.path());
    }
  }

  /** Stops watching; a fault found later fails only its own write. */
  @Override
  public void close() {
    timer.shutdownNow();
    store.watchedBy(null);
  }
}
