package org.scanstation.simulator.shift;

import java.util.Objects;

/**
 * One scan of a shift and what the station should make of it.
 *
 * @param seq 1 for the first scan
 * @param scan the scan text as the scanner sends it (GS as 0x1D), without prefix or suffix
 * @param kind what it tests
 * @param form how it is written (PLAIN, ROUTED, AIM_ROUTED, SSCC...)
 * @param expected the outcome the station should give
 * @param reason the reason code when rejected, else null
 * @param trackingNumber the tracking number the station should record or match, or null
 * @param routingZip the routing ZIP (5 or 9 digits) the scan carries, or null
 */
public record ExpectedScan(
    int seq,
    String scan,
    ScanKind kind,
    String form,
    Outcome expected,
    RejectCode reason,
    String trackingNumber,
    String routingZip) {

  /** Checks that the reason goes with a rejection and only with one. */
  public ExpectedScan {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(expected, "expected");
    if ((expected == Outcome.REJECTED) != (reason != null)) {
      throw new IllegalArgumentException("a reason goes with REJECTED and only with it");
    }
  }
}
