package org.scanstation.station.domain.acceptance;

import java.time.Instant;
import java.util.Objects;

/**
 * One scan as it reached the station: the raw text (possibly with GS bytes, AIM identifier and
 * junk), which scanner sent it, and when.
 *
 * @param raw the scanner's output or the typed text, untrusted
 * @param scannerId the scanner's configured id, or e.g. {@code manual} / {@code page}
 * @param receivedAt when the station received it
 */
public record Scan(String raw, String scannerId, Instant receivedAt) {

  /** Requires every part. */
  public Scan {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(scannerId, "scannerId");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
