package org.scanstation.device.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of a scanner's connection.
 *
 * @param scannerId the scanner
 * @param state the new state
 * @param detail what was opened, or why it is gone and how to fix it
 * @param at wall-clock time of the change
 */
public record ScannerStatus(String scannerId, ConnectionState state, String detail, Instant at) {

  /** Requires every field. */
  public ScannerStatus {
    Objects.requireNonNull(scannerId, "scannerId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(at, "at");
  }
}
