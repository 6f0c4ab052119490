package org.scanstation.station.domain.tracking;

/** What a scan turned out to be: a {@link ValidScan} or a {@link Rejection}. */
public sealed interface ParseResult permits ValidScan, Rejection {

  /** Whether the scan is a valid, allowed tracking number. */
  default boolean isValid() {
    return this instanceof ValidScan;
  }
}
