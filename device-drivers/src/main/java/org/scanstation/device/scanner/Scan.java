package org.scanstation.device.scanner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One framed scan, exactly as the scanner sent it (terminator and configured prefix/suffix removed;
 * GS and other control bytes kept for the validator).
 *
 * @param scannerId the scanner that read it
 * @param bytes the raw bytes (copied in and out)
 * @param symbology the AIM symbology identifier when the transport reports it (HID POS, e.g. {@code
 *     "]C1"}), else empty
 * @param receivedNanos {@link System#nanoTime()} when the terminator (or the last byte, for
 *     scanners without one) arrived: subtract from a later {@code nanoTime()} for latency
 * @param receivedAt wall-clock time of the same moment
 */
public record Scan(
    String scannerId, byte[] bytes, String symbology, long receivedNanos, Instant receivedAt) {

  /** Requires every field and copies the bytes. */
  public Scan {
    Objects.requireNonNull(scannerId, "scannerId");
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
    Objects.requireNonNull(symbology, "symbology");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** A copy of the raw bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The bytes as text, one char per byte (ISO-8859-1), so nothing is replaced or lost: barcode data
   * is ASCII, and anything else stays visible to the validator instead of becoming U+FFFD.
   */
  public String text() {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** The bytes in lower-case hex, for technicians chasing invisible characters. */
  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scan s
        && scannerId.equals(s.scannerId)
        && Arrays.equals(bytes, s.bytes)
        && symbology.equals(s.symbology)
        && receivedNanos == s.receivedNanos
        && receivedAt.equals(s.receivedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scannerId, Arrays.hashCode(bytes), symbology, receivedNanos, receivedAt);
  }

  @Override
  public String toString() {
    return "Scan[" + scannerId + " " + hex() + " at " + receivedAt + "]";
  }
}
