package org.scanstation.station.domain.receipt;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A receipt gives each time twice, as epoch milliseconds and as ISO-8601 text. Stateless. */
final class ReceiptTimes {
  private ReceiptTimes() {}

  /** Whether {@code iso} parses to exactly {@code epochMilli}. */
  static boolean agree(String iso, long epochMilli) {
    try {
      return Instant.parse(iso).equals(Instant.ofEpochMilli(epochMilli));
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
