package org.scanstation.station.domain.carrier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a supervisor may mark a parcel's tracking completed: exactly the reasons AfterShip's {@code
 * mark-as-completed} accepts. The names are sent and stored as they are.
 */
public enum CompletionReason {
  /** It arrived, though the carrier never said so. */
  DELIVERED,
  /** The carrier lost it. */
  LOST,
  /** It came back to the sender. */
  RETURNED_TO_SENDER;

  /** The reason named {@code text} (any case, surrounding space ignored), if it is one. */
  public static Optional<CompletionReason> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.name().equals(t)).findFirst();
  }
}
