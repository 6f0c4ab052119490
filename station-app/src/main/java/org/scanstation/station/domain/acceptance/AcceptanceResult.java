package org.scanstation.station.domain.acceptance;

/**
 * What the packer is told after a scan, only once the outcome is durable: {@link Accepted}, {@link
 * Duplicate} or {@link Rejected}.
 */
public sealed interface AcceptanceResult permits Accepted, Duplicate, Rejected {

  /** The scan as received. */
  String input();
}
