package org.scanstation.device.scanner.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import org.scanstation.device.scanner.Arrival;
import org.scanstation.device.scanner.Framer;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.ScanSink;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.ScannerSession;
import org.scanstation.device.scanner.Terminator;

/**
 * A session over a byte stream whose reads time out like a socket's (a serial port through {@code
 * SerialLink}, a TCP socket): every read is stamped when it returns and framed. What the OS
 * buffered before the open (as much as was there at the open) is handled by its {@link Backlog}
 * rule on the first poll. Not thread-safe; used by the scanner's thread only.
 */
final class StreamSession implements ScannerSession {
  private final String description;
  private final InputStream in;
  private final AutoCloseable resource;
  private final Framing framing;
  private final Framer framer;
  private final Clock clock;
  private final byte[] buffer = new byte[4096];
  private Backlog backlog;
  private final long backlogAtOpen;
  private volatile boolean cutMidScan;

  StreamSession(
      String description,
      InputStream in,
      AutoCloseable resource,
      Framing framing,
      Backlog backlog,
      Clock clock) {
    this.description = description;
    this.in = in;
    this.resource = resource;
    this.framing = framing;
    this.framer = new Framer(framing);
    this.backlog = backlog;
    this.clock = clock;
    // Measured now, at the open, before anyone is told the scanner is connected: a scan made
    // after that is not backlog, however soon the first poll comes.
    this.backlogAtOpen = backlog == Backlog.DISCARD ? available(in) : 0;
  }

  private static long available(InputStream in) {
    try {
      return Math.max(0, in.available());
    } catch (IOException e) {
      return 0; // the first read says what is wrong
    }
  }

  @Override
  public String describe() {
    return description;
  }

  /** Whether the session ended with part of a scan received: its rest may come first next time. */
  boolean cutMidScan() {
    return cutMidScan;
  }

  @Override
  public boolean poll(ScanSink sink) throws IOException {
    if (backlog != null) {
      begin(backlog, sink);
      backlog = null;
    }
    int n;
    try {
      n = in.read(buffer);
    } catch (InterruptedIOException timeout) {
      framer.idle(System.nanoTime(), sink);
      return true;
    } catch (IOException e) {
      lost(sink);
      throw e;
    }
    if (n < 0) {
      lost(sink);
      return false;
    }
    framer.feed(buffer, 0, n, new Arrival(System.nanoTime(), clock.instant()), sink);
    return true;
  }

  private void begin(Backlog rule, ScanSink sink) throws IOException {
    switch (rule) {
      case KEEP -> {}
      case KEEP_AFTER_CUT ->
          framer.startsMidScan("the connection before this one was cut in the middle of a scan");
      case DISCARD -> discardBacklog(sink);
    }
  }

  /**
   * Reads what was buffered at the open and throws its complete scans away, saying how many. A scan
   * still arriving stays in the framer and is delivered whole: the packer is scanning now.
   */
  private void discardBacklog(ScanSink sink) throws IOException {
    StaleCount stale = new StaleCount();
    long bytes = readBacklog(stale);
    if (framing.terminator() == Terminator.NONE) {
      framer.flush(stale); // no terminator to tell old from new: all of it is old
    }
    long dropped = bytes - framer.pendingBytes();
    if (dropped > 0) {
      sink.problem(
          ScannerError.Kind.STALE_INPUT,
          "discarded "
              + dropped
              + " bytes ("
              + stale.scans
              + (stale.scans == 1 ? " complete scan" : " complete scans")
              + ") that arrived before the station opened "
              + description
              + ": nobody saw a result for them — scan those parcels again");
    }
  }

  /**
   * Feeds the bytes that were buffered at the open (not what arrived since, nor what keeps
   * arriving: a busy line never ends) to the count.
   */
  private long readBacklog(StaleCount stale) throws IOException {
    long left = backlogAtOpen;
    Arrival now = new Arrival(System.nanoTime(), clock.instant());
    long bytes = 0;
    try {
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(left, buffer.length));
        if (n < 0) {
          break; // gone: the next read says so
        }
        left -= n;
        bytes += n;
        framer.feed(buffer, 0, n, now, stale);
      }
    } catch (InterruptedIOException timeout) {
      // fewer bytes than the OS said: what was read is all the backlog there is
    }
    return bytes;
  }

  private void lost(ScanSink sink) {
    int pending = framer.pendingBytes();
    if (pending > 0) {
      cutMidScan = true;
      sink.problem(
          ScannerError.Kind.INCOMPLETE_FRAME,
          pending
              + " bytes without a terminator were lost when "
              + description
              + " went away — scan that parcel again");
    }
  }

  @Override
  public void close() {
    try {
      resource.close();
    } catch (Exception e) {
      // Closing a port or socket that already failed: nothing left to release.
    }
  }

  /** Counts the scans of a discarded backlog. */
  private static final class StaleCount implements ScanSink {
    int scans;

    @Override
    public void frame(byte[] data, Arrival arrival, String symbology) {
      scans++;
    }

    @Override
    public void problem(ScannerError.Kind kind, String message) {
      // an over-long run in the backlog is discarded with it
    }
  }
}
