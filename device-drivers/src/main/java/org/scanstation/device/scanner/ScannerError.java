package org.scanstation.device.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * A problem a scanner reports without changing its connection.
 *
 * @param scannerId the scanner
 * @param kind what kind of problem
 * @param message what happened, naming the device and the likely fix
 * @param at wall-clock time it happened
 */
public record ScannerError(String scannerId, Kind kind, String message, Instant at) {

  /** Kinds of scanner problems. */
  public enum Kind {
    /** More than the maximum frame length arrived without a terminator; it was discarded. */
    FRAME_TOO_LONG(true),
    /** The device went away in the middle of a frame; the partial frame was dropped. */
    INCOMPLETE_FRAME(true),
    /**
     * After a reconnect that followed a cut-off scan, the bytes before the first terminator may be
     * that scan's rest; they were dropped rather than taken for a whole scan.
     */
    PARTIAL_FRAME(true),
    /**
     * Bytes that arrived before the station first opened the port were discarded (the {@code flush}
     * setting): scans made while the station was not listening, never answered.
     */
    STALE_INPUT(true),
    /** A reconnect attempt failed for a reason not reported before in this outage. */
    OPEN_FAILED(false),
    /** The device sent something the decoder does not understand (a key, a report). */
    UNDECODABLE_INPUT(false);

    private final boolean dropsScans;

    Kind(boolean dropsScans) {
      this.dropsScans = dropsScans;
    }

    /**
     * Whether something scanned was thrown away, so the packer got no result for it and must be
     * told to scan again.
     */
    public boolean dropsScans() {
      return dropsScans;
    }
  }

  /** Requires every field. */
  public ScannerError {
    Objects.requireNonNull(scannerId, "scannerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
  }
}
