package org.scanstation.station.acceptance;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.scanstation.station.domain.tracking.RoutingZip;
import org.scanstation.station.domain.tracking.TrackingNumber;

/**
 * Everything one acceptance writes, in one transaction: the event's fields (the store adds the
 * chain link), its label, its first print job and its outbox entry.
 *
 * @param eventId made at scan time
 * @param trackingNumber the validated tracking number
 * @param routingZip the routing ZIP the scan carried, or null
 * @param stationId the accepting station
 * @param operatorId the signed-in operator
 * @param scannerId the scanner
 * @param rawScan the scan as received
 * @param symbology the AIM symbology identifier the scanner reported, or null
 * @param acceptedAt acceptance time, to the millisecond
 * @param label the rendered label
 * @param printerId the printer the first print job goes to
 * @param outboxPayload what the tracking backend must receive (JSON)
 */
public record NewAcceptance(
    UUID eventId,
    TrackingNumber trackingNumber,
    RoutingZip routingZip,
    String stationId,
    String operatorId,
    String scannerId,
    String rawScan,
    String symbology,
    Instant acceptedAt,
    LabelArtifact label,
    String printerId,
    String outboxPayload) {

  /** Requires every part but the routing ZIP and the symbology. */
  public NewAcceptance {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(operatorId, "operatorId");
    Objects.requireNonNull(scannerId, "scannerId");
    Objects.requireNonNull(rawScan, "rawScan");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(printerId, "printerId");
    Objects.requireNonNull(outboxPayload, "outboxPayload");
  }
}
