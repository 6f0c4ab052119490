package org.scanstation.station.domain.tracking;

import java.util.Objects;

/**
 * A refused scan: a stable reason code and a message for a person. Messages never echo more than a
 * short, escaped part of the scan.
 *
 * @param reason the code
 * @param message what is wrong and, where it helps, what to do
 */
public record Rejection(RejectReason reason, String message) implements ParseResult {

  /** Requires both parts. */
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }
}
