package org.scanstation.device.scanner;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts a byte stream into scans: pure, no I/O, no clock of its own. Bytes may arrive in any
 * fragments (one at a time, several scans at once); every byte other than the terminator, including
 * GS (0x1D) and NUL, is passed through untouched. A frame longer than {@link
 * Framing#maxFrameBytes()} is discarded up to the next terminator and reported once, so junk never
 * grows memory and the next good scan is framed correctly. After {@link #startsMidScan}, the bytes
 * up to the first terminator are reported as {@link ScannerError.Kind#PARTIAL_FRAME}, never
 * delivered: they may be the rest of a scan whose start was lost, and a truncated number could pass
 * as another parcel's.
 *
 * <p>Not thread-safe: one per connection, used by the thread that reads it.
 */
public final class Framer {
  private static final byte CR = '\r';
  private static final byte LF = '\n';

  private final Framing framing;
  private final byte[] frame;
  private final byte[] prefix;
  private final byte[] suffix;
  private final long gapNanos;
  private int count;
  private boolean heldCr;
  private boolean discarding;
  private long discarded;
  private String midScan;
  private Arrival last;

  /** A framer for one connection. */
  public Framer(Framing framing) {
    this.framing = Objects.requireNonNull(framing, "framing");
    this.frame = new byte[framing.maxFrameBytes()];
    this.prefix = framing.stripPrefix().getBytes(StandardCharsets.ISO_8859_1);
    this.suffix = framing.stripSuffix().getBytes(StandardCharsets.ISO_8859_1);
    this.gapNanos = framing.gap().toNanos();
  }

  /** Takes bytes that arrived together; completed scans go to {@code sink} at once. */
  public void feed(byte[] data, int off, int len, Arrival arrival, ScanSink sink) {
    Objects.checkFromIndexSize(off, len, data.length);
    if (len == 0) {
      return;
    }
    idle(arrival.nanos(), sink);
    for (int i = off; i < off + len; i++) {
      accept(data[i], arrival, sink);
    }
    last = arrival;
  }

  /**
   * Tells the framer that nothing arrived up to {@code nowNanos}: with {@link Terminator#NONE}, a
   * scan whose last byte is older than the gap is complete (stamped with that last byte's time).
   */
  public void idle(long nowNanos, ScanSink sink) {
    if (framing.terminator() == Terminator.NONE
        && hasPending()
        && nowNanos - last.nanos() >= gapNanos) {
      end(last, sink);
    }
  }

  /** Ends the current frame now, as a gap would (for {@link Terminator#NONE} sources and fakes). */
  public void flush(ScanSink sink) {
    if (hasPending()) {
      end(last, sink);
    }
  }

  /**
   * Says the stream may begin in the middle of a scan ({@code why}: "the connection dropped in the
   * middle of a scan"), so the bytes before the first terminator are reported, not delivered.
   */
  public void startsMidScan(String why) {
    midScan = Objects.requireNonNull(why, "why");
  }

  /** Whether bytes of an unfinished frame are held. */
  public boolean hasPending() {
    return count > 0 || heldCr || discarding;
  }

  /** How many bytes of an unfinished frame are held (for reporting what a disconnect lost). */
  public int pendingBytes() {
    return count + (heldCr ? 1 : 0);
  }

  private void accept(byte b, Arrival arrival, ScanSink sink) {
    switch (framing.terminator()) {
      case CR -> acceptSingle(b, CR, arrival, sink);
      case LF -> acceptSingle(b, LF, arrival, sink);
      case CRLF -> acceptCrlf(b, arrival, sink);
      case NONE -> add(b);
    }
  }

  private void acceptSingle(byte b, byte terminator, Arrival arrival, ScanSink sink) {
    if (b == terminator) {
      end(arrival, sink);
    } else {
      add(b);
    }
  }

  private void acceptCrlf(byte b, Arrival arrival, ScanSink sink) {
    if (midScan != null && b == LF && count == 0 && !heldCr && !discarding) {
      midScan = null; // the cut fell between CR and LF: this LF ends the broken scan, nothing lost
      return;
    }
    if (heldCr) {
      heldCr = false;
      if (b == LF) {
        end(arrival, sink);
        return;
      }
      add(CR); // a lone CR is data
    }
    if (b == CR) {
      heldCr = true;
    } else {
      add(b);
    }
  }

  private void add(byte b) {
    if (discarding) {
      discarded++;
    } else if (count == frame.length) {
      discarding = true;
      discarded = count + 1L;
      count = 0;
    } else {
      frame[count++] = b;
    }
  }

  private void end(Arrival arrival, ScanSink sink) {
    if (midScan != null) {
      if (count > 0 || discarding) {
        sink.problem(ScannerError.Kind.PARTIAL_FRAME, partial());
      }
      midScan = null;
    } else if (discarding) {
      sink.problem(ScannerError.Kind.FRAME_TOO_LONG, tooLong());
    } else if (count > 0) {
      byte[] scan = stripped();
      if (scan.length > 0) {
        sink.frame(scan, arrival, "");
      }
    }
    count = 0;
    heldCr = false;
    discarding = false;
    discarded = 0;
  }

  private byte[] stripped() {
    int from = startsWith(prefix) ? prefix.length : 0;
    int to = count;
    if (suffix.length > 0 && to - from >= suffix.length && endsWith(suffix, to)) {
      to -= suffix.length;
    }
    return Arrays.copyOfRange(frame, from, to);
  }

  private boolean startsWith(byte[] p) {
    return p.length > 0 && count >= p.length && Arrays.equals(frame, 0, p.length, p, 0, p.length);
  }

  private boolean endsWith(byte[] s, int to) {
    return Arrays.equals(frame, to - s.length, to, s, 0, s.length);
  }

  private String partial() {
    long bytes = discarding ? discarded : count;
    return "dropped "
        + bytes
        + " bytes before the first terminator: they may be the rest of a scan whose start was"
        + " lost ("
        + midScan
        + ") — scan that parcel again";
  }

  private String tooLong() {
    String end =
        framing.terminator() == Terminator.NONE
            ? "pause of " + framing.gap().toMillis() + " ms"
            : framing.terminator() + " terminator";
    return "discarded "
        + discarded
        + " bytes: no "
        + end
        + " within "
        + frame.length
        + " bytes — check the scanner's suffix setting (suffix=), or raise max= for longer codes";
  }
}
