package org.scanstation.station.domain.acceptance;

import java.util.Objects;
import org.scanstation.station.domain.tracking.RejectReason;
import org.scanstation.station.domain.tracking.Rejection;

/**
 * The scan was refused; nothing was recorded.
 *
 * @param input the scan as received
 * @param reason the stable reason code
 * @param message what is wrong, for a person
 */
public record Rejected(String input, RejectReason reason, String message)
    implements AcceptanceResult {

  /** Requires every part. */
  public Rejected {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** A rejection of {@code input} for the parser's or a policy's reason. */
  public static Rejected of(String input, Rejection rejection) {
    return new Rejected(input, rejection.reason(), rejection.message());
  }
}
