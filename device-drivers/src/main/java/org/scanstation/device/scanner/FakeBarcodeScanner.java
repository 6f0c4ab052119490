package org.scanstation.device.scanner;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner without hardware for the station's unit tests: the second, first-class implementation
 * of {@link BarcodeScanner}. Its methods make it fire the events a real scanner fires, in the same
 * order: CONNECTED on start, scans cut by the same {@link Framer} (so junk, fragments and over-long
 * frames behave as on a serial line), an INCOMPLETE_FRAME error and one DISCONNECTED on unplug,
 * CONNECTED on plug (then, after a scan was cut, a PARTIAL_FRAME for what precedes the first
 * terminator), CLOSED on close.
 *
 * <p>Unlike a real scanner it fires events synchronously, on the thread calling its method, so a
 * test sees them as soon as the call returns. Thread-safe (every method is synchronized).
 */
public final class FakeBarcodeScanner implements BarcodeScanner {
  private static final Logger LOG = LoggerFactory.getLogger(FakeBarcodeScanner.class);

  private final String id;
  private final Framing framing;
  private final Clock clock;
  private Events events;
  private Framer framer;
  private boolean plugged = true;
  private boolean cutMidScan;
  private boolean connected;
  private boolean closed;

  /** A plugged-in fake with CR-terminated framing and the system clock. */
  public FakeBarcodeScanner(String id) {
    this(id, Framing.DEFAULT, Clock.systemUTC());
  }

  /** A plugged-in fake with the given framing; scans are stamped with {@code clock}. */
  public FakeBarcodeScanner(String id, Framing framing, Clock clock) {
    this.id = Objects.requireNonNull(id, "id");
    this.framing = Objects.requireNonNull(framing, "framing");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public synchronized void start(ScannerListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (events != null || closed) {
      throw new IllegalStateException("scanner " + id + " was already started or closed");
    }
    events = new Events(id, listener, clock, LOG);
    if (plugged) {
      connect();
    } else {
      events.status(ConnectionState.DISCONNECTED, "fake scanner " + id + " is unplugged");
    }
  }

  /** The scanner reads a barcode: its text, then the configured terminator. */
  public synchronized void scan(String text) {
    receive(text.getBytes(StandardCharsets.ISO_8859_1));
    receive(framing.terminatorBytes());
    if (framing.terminator() == Terminator.NONE) {
      pause();
    }
  }

  /**
   * Raw bytes arrive, exactly as on the wire: fragments, junk, several scans at once.
   *
   * @throws IllegalStateException when not connected (real bytes would go nowhere)
   */
  public synchronized void receive(byte[] bytes) {
    if (!connected) {
      throw new IllegalStateException("fake scanner " + id + " is not connected: start or plug it");
    }
    framer.feed(bytes, 0, bytes.length, new Arrival(System.nanoTime(), clock.instant()), events);
  }

  /** The line goes quiet for longer than the gap: ends a scan with {@link Terminator#NONE}. */
  public synchronized void pause() {
    if (connected) {
      framer.flush(events);
    }
  }

  /** The cable is pulled: a partial scan is reported lost, then DISCONNECTED once. */
  public synchronized void unplug() {
    plugged = false;
    if (!connected) {
      return;
    }
    connected = false;
    cutMidScan = framer.pendingBytes() > 0;
    if (cutMidScan) {
      events.problem(
          ScannerError.Kind.INCOMPLETE_FRAME,
          framer.pendingBytes() + " bytes without a terminator were lost — scan that parcel again");
    }
    events.status(ConnectionState.DISCONNECTED, "fake scanner " + id + " unplugged");
  }

  /**
   * The cable is back: CONNECTED, with fresh framing; after a cut scan, like a real reconnect, the
   * bytes before the first terminator are reported rather than taken for a scan.
   */
  public synchronized void plug() {
    plugged = true;
    if (events != null && !closed && !connected) {
      connect();
    }
  }

  /** Whether it is started, plugged in and not closed. */
  public synchronized boolean isConnected() {
    return connected;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    connected = false;
    if (events != null) {
      events.status(ConnectionState.CLOSED, "scanner " + id + " closed");
    }
  }

  private void connect() {
    framer = new Framer(framing);
    if (cutMidScan) {
      framer.startsMidScan("the connection before this one was cut in the middle of a scan");
    }
    connected = true;
    events.status(ConnectionState.CONNECTED, "fake scanner " + id);
  }
}
