package org.scanstation.station.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.scanstation.common.Backoff;
import org.scanstation.common.DaemonThreads;
import org.scanstation.station.api.SyncStatus;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.store.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the outbox to its sink (the tracking backend, or a Kafka topic): claims due entries with a
 * lease (short transaction), sends each through the rate gate with no transaction open (for the
 * backend: a create, a delete or a completion, by the entry's kind), and marks each result.
 * Delivered, quarantined, paused (a refused key stops everything, burning nothing), rate limited
 * (waits for the window, not counted), or retried with backoff. Runs on its own threads; all
 * methods are thread-safe.
 */
public final class SyncJob implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SyncJob.class);

  /**
   * Retries after a failed call: 1 s doubling up to 5 minutes, jittered (stations that failed
   * together do not retry together).
   */
  public static final Backoff RETRY_BACKOFF =
      new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

  /**
   * How the job runs.
   *
   * @param concurrency calls in flight at once
   * @param batch entries claimed at once
   * @param lease how long a claim holds before another may take it
   * @param idlePoll how often to look for due entries when there are none
   * @param pauseProbe how often a paused job tries one entry to see whether the key works again
   * @param keepDelivered how long delivered entries are kept before they are purged
   */
  public record Settings(
      int concurrency,
      int batch,
      Duration lease,
      Duration idlePoll,
      Duration pauseProbe,
      Duration keepDelivered) {
    /** Four calls in flight, 40 claimed, 30-second lease, delivered kept for a week. */
    public static final Settings DEFAULT =
        new Settings(
            4,
            40,
            Duration.ofSeconds(30),
            Duration.ofSeconds(1),
            Duration.ofMinutes(5),
            Duration.ofDays(7));
  }

  private final Outbox outbox;
  private final OutboxSink backend;
  private final RateGate gate;
  private final Backoff backoff;
  private final Clock clock;
  private final Settings settings;
  private final String owner = "sync-" + UUID.randomUUID();
  private final ExecutorService workers;
  private final Semaphore inFlight;
  private final Set<String> sending = ConcurrentHashMap.newKeySet();
  private final Deque<Outbox.Entry> claimed = new ArrayDeque<>();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong pauses = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final DeliveryRate rate = new DeliveryRate();
  private final Object signal = new Object();
  private volatile boolean running;
  private volatile String pauseReason;
  private volatile Instant nextProbe = Instant.MAX;
  private Thread dispatcher;
  private Instant nextPurge = Instant.MIN;

  /**
   * A job draining {@code outbox} into {@code sink}, paced by {@code gate}; the job closes the sink
   * when it is closed.
   */
  public SyncJob(
      Outbox outbox,
      OutboxSink sink,
      RateGate gate,
      Backoff backoff,
      Clock clock,
      Settings settings) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.backend = Objects.requireNonNull(sink, "sink");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.inFlight = new Semaphore(settings.concurrency());
    this.workers =
        Executors.newFixedThreadPool(settings.concurrency(), DaemonThreads.named("sync-call"));
  }

  /**
   * Frees the leases a crashed predecessor left behind, so its entries go out now rather than when
   * their leases expire. Call only right after opening the store (one process owns it).
   */
  public void recoverLeases() {
    int n = outbox.releaseStaleLeases();
    if (n > 0) {
      log.info("sync: {} outbox entries were claimed by a station that stopped; sending them", n);
    }
  }

  /** Starts the background dispatcher. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    dispatcher = DaemonThreads.start("sync", this::loop);
    log.info("sync started: backend {}", backend.describe());
  }

  /** Looks for due entries now (a new acceptance was committed). */
  public void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /** Clears a pause (after the key was fixed) and looks for work now. */
  public void resume() {
    if (pauseReason != null) {
      log.info("sync resumed");
    }
    pauseReason = null;
    nextProbe = Instant.MAX;
    wake();
  }

  /**
   * Runs in the caller's thread until nothing is due, counting what the calls in flight made due
   * when they answered (or the job pauses): claims, sends, marks. For {@code station sync
   * --once/--until-empty}; not to be mixed with {@link #start()}.
   *
   * @return entries handled
   */
  public int drainDue() throws InterruptedException {
    int handled = 0;
    do {
      while (pauseReason == null && nextDue()) {
        if (dispatch(claimed.pollFirst())) {
          handled++;
        }
      }
      inFlight.acquire(settings.concurrency());
      inFlight.release(settings.concurrency());
      // a parcel's next entry (a void's DELETE, a COMPLETE) is due only once the call in flight
      // for its CREATE has answered: look again after the calls in flight are done
    } while (pauseReason == null && nextDue());
    return handled;
  }

  private void loop() {
    while (running) {
      try {
        if (outbox.unavailable().isPresent()) {
          claimed.clear(); // their leases expire; nothing is sent whose result cannot be recorded
          idle();
          continue;
        }
        purgeNow();
        if (pauseReason != null && clock.instant().isBefore(nextProbe)) {
          claimed.forEach(this::release); // nothing was sent for them
          claimed.clear();
          idle();
          continue;
        }
        if (!nextDue()) {
          idle();
          continue;
        }
        dispatch(claimed.pollFirst());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("sync: {}; trying again shortly", e.getMessage());
        sleepQuietly();
      }
    }
  }

  private boolean nextDue() {
    if (claimed.isEmpty()) {
      claimed.addAll(outbox.claim(settings.batch(), owner, settings.lease()));
    }
    return !claimed.isEmpty();
  }

  /** Hands {@code entry} to a worker; false when it was not sent (paused, or still in flight). */
  private boolean dispatch(Outbox.Entry entry) throws InterruptedException {
    String id = entry.entryId();
    if (!sending.add(id)) {
      // Its claim ran out while its send is still in flight, and it was claimed again: that send
      // marks it, and a second one would only repeat it at the far side.
      idle();
      return false;
    }
    boolean handed = false;
    try {
      gate.acquire();
      inFlight.acquire();
      if (pauseReason != null && clock.instant().isBefore(nextProbe)) {
        // A call in flight was refused meanwhile: send nothing more, and free the entry.
        inFlight.release();
        release(entry);
        return false;
      }
      workers.execute(
          () -> {
            try {
              handle(entry);
            } catch (RuntimeException e) {
              log.warn("sync: entry {} left for its lease to expire: {}", id, e.toString());
            } finally {
              sending.remove(id);
              inFlight.release();
            }
          });
      handed = true;
      return true;
    } finally {
      if (!handed) {
        sending.remove(id);
      }
    }
  }

  private void handle(Outbox.Entry entry) {
    if (outbox.unavailable().isPresent()) {
      return; // the store failed since the claim: the lease expires and the entry goes later
    }
    BackendReply reply = backend.send(entry);
    gate.observe(reply.window());
    Instant now = clock.instant();
    SyncOutcome o = reply.outcome();
    if (o instanceof SyncOutcome.Delivered d) {
      outbox.delivered(entry.entryId(), d.backendId());
      delivered.incrementAndGet();
      rate.record(now);
      if (pauseReason != null) {
        resume();
      }
    } else if (o instanceof SyncOutcome.Quarantine q) {
      outbox.quarantine(entry.entryId(), q.reason());
      log.warn("sync: {} quarantined, a person must look: {}", entry.trackingNumber(), q.reason());
    } else if (o instanceof SyncOutcome.Pause p) {
      outbox.retryAt(entry.entryId(), now, p.reason(), false);
      pause(p.reason());
    } else if (o instanceof SyncOutcome.RateLimited r) {
      rateLimited.incrementAndGet();
      outbox.retryAt(entry.entryId(), r.until(), "rate limited until " + r.until(), false);
    } else {
      String reason = ((SyncOutcome.Retry) o).reason();
      failures.incrementAndGet();
      outbox.retryAt(
          entry.entryId(),
          now.plus(backoff.jittered(entry.attempts() + 1, ThreadLocalRandom.current())),
          reason,
          true);
    }
  }

  private void release(Outbox.Entry entry) {
    outbox.retryAt(entry.entryId(), clock.instant(), "waiting: sync paused", false);
  }

  /** Synchronized: the refusals of several calls in flight make one pause, counted once. */
  private synchronized void pause(String reason) {
    if (pauseReason == null) {
      pauses.incrementAndGet();
      log.error(
          "sync PAUSED: the backend refused us ({}); fix the API key or URL, then resume."
              + " Nothing is lost: entries wait in the outbox.",
          reason);
    }
    pauseReason = reason;
    nextProbe = clock.instant().plus(settings.pauseProbe());
  }

  private void purgeNow() {
    Instant now = clock.instant();
    if (now.isAfter(nextPurge)) {
      nextPurge = now.plusSeconds(60);
      int n = outbox.purgeDelivered(settings.keepDelivered(), 500);
      if (n > 0) {
        log.info("sync: purged {} delivered outbox entries", n);
      }
    }
  }

  private void idle() throws InterruptedException {
    synchronized (signal) {
      signal.wait(settings.idlePoll().toMillis());
    }
  }

  private void sleepQuietly() {
    try {
      idle();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How the sync is doing now. */
  public SyncStatus status() {
    Outbox.Stats s = outbox.stats();
    return new SyncStatus(
        backend.describe(),
        running,
        pauseReason != null,
        pauseReason,
        s.pending(),
        s.quarantined(),
        s.oldestPending(),
        delivered.get(),
        rateLimited.get(),
        failures.get(),
        rate.perSecond(clock.instant()));
  }

  /** How often the job has paused itself since start (a resume and a new refusal count again). */
  public long pauses() {
    return pauses.get();
  }

  /** Stops claiming, lets calls in flight finish (up to ten seconds), then closes the sink. */
  @Override
  public void close() {
    running = false;
    wake();
    if (dispatcher != null) {
      dispatcher.interrupt();
    }
    workers.shutdown();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      backend.close();
    }
  }
}
