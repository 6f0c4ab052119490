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
    FRAME_TOO_LONG,
    /** The device went away in the middle of a frame; the partial frame was dropped. */
    INCOMPLETE_FRAME,
    /** A reconnect attempt failed for a reason not reported before in this outage. */
    OPEN_FAILED,
    /** The device sent something the decoder does not understand (a key, a report). */
    UNDECODABLE_INPUT
  }

  /** Requires every field. */
  public ScannerError {
    Objects.requireNonNull(scannerId, "scannerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
  }
}
