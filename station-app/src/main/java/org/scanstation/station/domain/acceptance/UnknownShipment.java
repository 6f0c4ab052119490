package org.scanstation.station.domain.acceptance;

import java.util.Locale;

/** What to do with a valid parcel that matches no imported shipment. */
public enum UnknownShipment {
  /** Refuse it: the packer sets it aside. */
  REJECT,
  /** Accept it with a minimal label carrying the routing ZIP from the scan. */
  ACCEPT;

  /**
   * Parses {@code reject} or {@code accept}.
   *
   * @throws IllegalArgumentException naming the value otherwise
   */
  public static UnknownShipment parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown-shipment must be 'reject' or 'accept', got '" + text + "'", e);
    }
  }
}
