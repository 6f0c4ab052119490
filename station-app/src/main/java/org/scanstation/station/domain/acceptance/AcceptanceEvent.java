package org.scanstation.station.domain.acceptance;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded acceptance: the station's partner event for one parcel, a link in the hash chain.
 *
 * @param eventId made at scan time; the idempotency key towards the backend
 * @param trackingNumber the tracking number digits
 * @param routingZip the ZIP the scan carried, or null
 * @param stationId which station accepted it
 * @param operatorId who was signed in
 * @param scannerId which scanner read it
 * @param rawScan the scan as received
 * @param symbology the AIM symbology identifier the scanner reported (e.g. {@code ]C1}), or null;
 *     not covered by {@code hash}, which keeps the format older links were hashed with
 * @param acceptedAt when it was accepted (to the millisecond)
 * @param partnerEventCode USPS partner event code, {@value #ARRIVED_AT_PARTNER_FACILITY}
 * @param prevHash the previous acceptance's hash (64 zeros for the first)
 * @param hash this acceptance's hash over {@code prevHash} and its own fields
 */
public record AcceptanceEvent(
    UUID eventId,
    String trackingNumber,
    String routingZip,
    String stationId,
    String operatorId,
    String scannerId,
    String rawScan,
    String symbology,
    Instant acceptedAt,
    String partnerEventCode,
    String prevHash,
    String hash) {

  /**
   * USPS partner event 81, "arrived at shipping partner facility": what the station's scan is. It
   * is never USPS acceptance (03/OA/TM belong to USPS).
   */
  public static final String ARRIVED_AT_PARTNER_FACILITY = "81";

  /** Requires every part but the routing ZIP and the symbology. */
  public AcceptanceEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(operatorId, "operatorId");
    Objects.requireNonNull(scannerId, "scannerId");
    Objects.requireNonNull(rawScan, "rawScan");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    Objects.requireNonNull(partnerEventCode, "partnerEventCode");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }
}
