package org.scanstation.device.scanner;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.scanstation.common.Backoff;
import org.scanstation.common.DaemonThreads;
import org.scanstation.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BarcodeScanner} over any {@link SessionOpener}: one daemon thread opens the device,
 * reads it, and when it goes away reports DISCONNECTED once, then retries with a capped {@link
 * Backoff} until it is back (CONNECTED) or the scanner is closed (CLOSED). During an outage a
 * reconnect failure is reported only when its reason changes ("does not exist" → "in use by another
 * process"), so a long outage does not flood the log.
 *
 * <p>Thread-safe: {@link #start} and {@link #close} may be called from any thread; the listener is
 * called only on the scanner's thread.
 */
public final class ReconnectingScanner implements BarcodeScanner {
  /** 250 ms doubling to 5 s: a replugged scanner is back within 5 s, a missing one costs little. */
  public static final Backoff RECONNECT =
      new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

  private static final Logger LOG = LoggerFactory.getLogger(ReconnectingScanner.class);
  private static final long JOIN_MILLIS = 10_000;

  private final String id;
  private final SessionOpener opener;
  private final Backoff backoff;
  private final Clock clock;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile Thread thread;
  private Events events;

  /** A scanner that is not started yet; nothing is opened until {@link #start}. */
  public ReconnectingScanner(String id, SessionOpener opener, Backoff backoff, Clock clock) {
    this.id = Objects.requireNonNull(id, "id");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void start(ScannerListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (stopping.getCount() == 0 || !started.compareAndSet(false, true)) {
      throw new IllegalStateException("scanner " + id + " was already started or closed");
    }
    events = new Events(id, listener, clock, LOG);
    Thread t = DaemonThreads.named("scanner-" + id).newThread(this::run);
    thread = t;
    t.start();
  }

  @Override
  public void close() {
    stopping.countDown();
    Thread t = thread;
    if (t == null || t == Thread.currentThread()) {
      return;
    }
    try {
      t.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean stopped() {
    return stopping.getCount() == 0;
  }

  private void run() {
    Outage outage = new Outage();
    Backoff.Steps waits = backoff.steps();
    while (!stopped()) {
      ScannerSession session = tryOpen(outage);
      if (session == null) {
        events.idle();
        if (await(waits.next())) {
          break;
        }
        continue;
      }
      waits.reset();
      String gone = readUntilGone(session, outage);
      if (gone != null) {
        outage.beginWithDisconnect();
        events.status(ConnectionState.DISCONNECTED, gone);
      }
    }
    events.status(ConnectionState.CLOSED, "scanner " + id + " closed");
  }

  private ScannerSession tryOpen(Outage outage) {
    try {
      return opener.open();
    } catch (RuntimeException e) {
      String why = describe(e);
      if (!outage.reported()) {
        outage.beginWithOpenFailure(why);
        events.status(ConnectionState.DISCONNECTED, why);
      } else if (outage.isNewReason(why)) {
        events.error(ScannerError.Kind.OPEN_FAILED, why);
      }
      return null;
    }
  }

  /** Reads until the device goes (returns why) or the scanner is closed (returns null). */
  private String readUntilGone(ScannerSession session, Outage outage) {
    try (session) {
      outage.end();
      events.status(ConnectionState.CONNECTED, session.describe());
      while (!stopped()) {
        if (!session.poll(events)) {
          return session.describe() + " went away (end of stream) — unplugged or closed?";
        }
        events.idle();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return session.describe() + " failed: " + describe(e);
    }
  }

  /** A device's own message; anything else is a bug, logged with its stack and named by class. */
  private static String describe(Exception e) {
    if (e instanceof DeviceException || e instanceof IOException) {
      return String.valueOf(e.getMessage());
    }
    LOG.error("scanner failure", e);
    return e.toString();
  }

  private boolean await(Duration wait) {
    try {
      return stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  @Override
  public String toString() {
    return "scanner " + id;
  }
}
