package org.scanstation.device.scanner;

import java.time.Duration;
import java.util.Objects;
import org.scanstation.device.DeviceException;

/**
 * How a byte stream is cut into scans.
 *
 * @param terminator the scanner's suffix
 * @param gap for {@link Terminator#NONE}: the silence that ends a scan
 * @param stripPrefix removed from the start of a scan when present (ISO-8859-1, one char per byte),
 *     e.g. an STX the scanner is set to send; empty for none
 * @param stripSuffix removed from the end of a scan when present, e.g. an ETX before the CR
 * @param maxFrameBytes the longest scan; more bytes than this before a terminator are discarded up
 *     to the next terminator and reported
 */
public record Framing(
    Terminator terminator,
    Duration gap,
    String stripPrefix,
    String stripSuffix,
    int maxFrameBytes) {

  /** The longest scan by default: far beyond any parcel barcode, small enough to spot junk. */
  public static final int DEFAULT_MAX_FRAME_BYTES = 512;

  /** CR-terminated, 50 ms gap (unused with CR), nothing stripped, 512 bytes at most. */
  public static final Framing DEFAULT =
      new Framing(Terminator.CR, Duration.ofMillis(50), "", "", DEFAULT_MAX_FRAME_BYTES);

  /** Checks ranges. */
  public Framing {
    Objects.requireNonNull(terminator, "terminator");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(stripPrefix, "stripPrefix");
    Objects.requireNonNull(stripSuffix, "stripSuffix");
    if (gap.toMillis() < 1 || gap.toMillis() > 10_000) {
      throw new DeviceException("inter-character gap " + gap.toMillis() + " ms is not 1-10000 ms");
    }
    if (maxFrameBytes < 1 || maxFrameBytes > 65_536) {
      throw new DeviceException("max frame " + maxFrameBytes + " bytes is not 1-65536");
    }
  }

  /** The same framing with another terminator. */
  public Framing withTerminator(Terminator t) {
    return new Framing(t, gap, stripPrefix, stripSuffix, maxFrameBytes);
  }

  /**
   * How long one read may block. Short with {@link Terminator#NONE}, because the silence that ends
   * a scan is only noticed when a read times out; otherwise it only bounds how long closing takes.
   */
  public Duration readTimeout() {
    if (terminator != Terminator.NONE) {
      return Duration.ofMillis(100);
    }
    long half = Math.max(1, gap.toMillis() / 2);
    return Duration.ofMillis(Math.min(100, half));
  }

  /** The terminator as bytes, for writing scans (fakes, simulators). */
  public byte[] terminatorBytes() {
    return switch (terminator) {
      case CR -> new byte[] {'\r'};
      case LF -> new byte[] {'\n'};
      case CRLF -> new byte[] {'\r', '\n'};
      case NONE -> new byte[0];
    };
  }
}
