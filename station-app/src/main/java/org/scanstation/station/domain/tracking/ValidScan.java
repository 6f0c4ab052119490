package org.scanstation.station.domain.tracking;

import java.util.Objects;
import java.util.Optional;

/**
 * A scan that carried a valid tracking number, with the routing ZIP when the barcode had one.
 *
 * @param trackingNumber the validated number
 * @param routingZip the ZIP from a {@code 420} prefix, or null when the scan had none
 */
public record ValidScan(TrackingNumber trackingNumber, RoutingZip routingZip)
    implements ParseResult {

  /** Requires a tracking number; the ZIP may be null. */
  public ValidScan {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
  }

  /** The routing ZIP, when the scan carried one. */
  public Optional<RoutingZip> zip() {
    return Optional.ofNullable(routingZip);
  }
}
