package org.scanstation.station.domain.acceptance;

import java.util.Objects;

/**
 * The parcel was accepted before; nothing new was recorded or printed.
 *
 * @param input the scan as received
 * @param original the first acceptance: when, where and by whom
 */
public record Duplicate(String input, AcceptanceEvent original) implements AcceptanceResult {

  /** Requires both parts. */
  public Duplicate {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(original, "original");
  }
}
