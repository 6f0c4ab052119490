package org.scanstation.station.carrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.scanstation.common.DaemonThreads;
import org.scanstation.station.carrier.CarrierLedger.Watched;
import org.scanstation.station.domain.carrier.PollPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The carrier read-back: asks the carrier about each watched parcel when its {@link PollPlan} says
 * so (passes run one at a time, in the caller's thread for {@code station tracking pull --once} or
 * on a background thread for {@code station run}), and takes AfterShip's webhooks in through {@link
 * #inbox()}. Everything it learns is kept before the next call, so a kill loses nothing and a
 * restart asks nothing twice without need. Thread-safe.
 */
public final class ReadBack implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ReadBack.class);

  /**
   * What the read-back works with.
   *
   * @param ledger the store
   * @param aftership AfterShip behind the backend's shared gate, or null when there is no backend
   * @param usps USPS APIs v3, or null when the station has no Mailer IDs of its own there
   * @param viaUsps which parcels are read from USPS (their MID is ours)
   * @param plan when to ask
   * @param clock the time
   */
  public record Parts(
      CarrierLedger ledger,
      ReadSource aftership,
      ReadSource usps,
      Predicate<String> viaUsps,
      PollPlan plan,
      Clock clock) {
    /** Requires the ledger, at least one source, the rule, the plan and the clock. */
    public Parts {
      Objects.requireNonNull(ledger, "ledger");
      Objects.requireNonNull(viaUsps, "viaUsps");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(clock, "clock");
      if (aftership == null && usps == null) {
        throw new IllegalArgumentException("the read-back needs AfterShip or USPS to read from");
      }
    }
  }

  /** Parcels asked about per batch taken from the store. */
  static final int BATCH = 200;

  /** How long a failed or refused call waits before its parcels are asked again. */
  static final Duration RETRY_AFTER = Duration.ofMinutes(5);

  private final Parts parts;
  private final Duration idlePoll;
  private final AtomicLong checked = new AtomicLong();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong events = new AtomicLong();
  private final Object passLock = new Object();
  private volatile boolean running;
  private volatile Instant lastPass;
  private Thread thread;

  /**
   * A read-back over {@code parts}; in the background it looks for due parcels every {@code
   * idlePoll}.
   */
  public ReadBack(Parts parts, Duration idlePoll) {
    this.parts = Objects.requireNonNull(parts, "parts");
    this.idlePoll = Objects.requireNonNull(idlePoll, "idlePoll");
  }

  /**
   * One pass, in the caller's thread: every parcel due now is asked about once (a rate-limited call
   * waits for the window and is asked again).
   */
  public PassResult pullOnce() throws InterruptedException {
    synchronized (passLock) {
      Instant start = parts.clock().instant();
      ReadPass pass = new ReadPass(parts, RETRY_AFTER);
      for (List<Watched> due = parts.ledger().due(start, BATCH);
          !due.isEmpty();
          due = parts.ledger().due(start, BATCH)) {
        pass.handle(due);
      }
      PassResult r = pass.result();
      checked.addAndGet(r.checked());
      calls.addAndGet(r.calls());
      events.addAndGet(r.newEvents());
      lastPass = start;
      return r;
    }
  }

  /** Where verified webhook deliveries go: kept at once, each event id once. */
  public WebhookInbox inbox() {
    return inbox(parts.ledger(), parts.plan(), parts.clock());
  }

  /**
   * A webhook inbox on {@code ledger}, whether or not the station polls: a delivery is kept at
   * once, each event id once, and moves the parcel's next check by {@code plan}.
   */
  public static WebhookInbox inbox(CarrierLedger ledger, PollPlan plan, Clock clock) {
    return d -> ledger.take(d, clock.instant(), plan);
  }

  /** Starts the background passes. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = DaemonThreads.start("carrier read-back", this::loop);
    log.info("carrier read-back started");
  }

  private void loop() {
    while (running) {
      try {
        if (parts.ledger().unavailable().isEmpty()) {
          PassResult r = pullOnce();
          if (r.newEvents() > 0) {
            log.info(
                "read-back: {} parcels checked, {} new carrier events", r.checked(), r.newEvents());
          }
        }
        Thread.sleep(idlePoll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("read-back: {}; trying again shortly", e.getMessage());
      }
    }
  }

  /** Totals since start. */
  public Totals totals() {
    return new Totals(checked.get(), calls.get(), events.get(), lastPass);
  }

  /**
   * The read-back's totals since start.
   *
   * @param checked parcels asked about
   * @param calls calls made
   * @param events new carrier events
   * @param lastPass when the last pass started, or null
   */
  public record Totals(long checked, long calls, long events, Instant lastPass) {}

  /** Stops the background passes (a call in flight finishes or is interrupted). */
  @Override
  public synchronized void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
