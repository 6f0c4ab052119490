package org.scanstation.station.acceptance;

import java.time.Instant;
import java.util.Objects;
import org.scanstation.station.domain.acceptance.Shipment;
import org.scanstation.station.domain.tracking.RoutingZip;
import org.scanstation.station.domain.tracking.TrackingNumber;

/**
 * What a label is made from.
 *
 * @param trackingNumber the validated number
 * @param routingZip the ZIP for the barcode: the shipment's, else the scan's; may be null
 * @param shipment the imported order, or null for a minimal label
 * @param stationId the accepting station
 * @param operatorId the signed-in operator
 * @param acceptedAt when it was accepted (the label's ship date)
 */
public record LabelRequest(
    TrackingNumber trackingNumber,
    RoutingZip routingZip,
    Shipment shipment,
    String stationId,
    String operatorId,
    Instant acceptedAt) {

  /** Requires the number, station, operator and time. */
  public LabelRequest {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(operatorId, "operatorId");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
  }
}
