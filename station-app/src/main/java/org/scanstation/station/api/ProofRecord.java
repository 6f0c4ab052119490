package org.scanstation.station.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Proof that a parcel was handed over: one acceptance with its chain link, for audits and disputes
 * (the Certified Mail use case).
 *
 * @param seq position in the hash chain
 * @param eventId the event id
 * @param trackingNumber the tracking number
 * @param acceptedAt ISO-8601 UTC
 * @param stationId station
 * @param operatorId operator
 * @param scannerId scanner
 * @param partnerEventCode USPS partner event code (81)
 * @param routingZip the scanned routing ZIP, or null
 * @param orderId the imported order, or null
 * @param labelSha256 SHA-256 of the label bytes printed
 * @param prevHash previous link
 * @param hash this link
 */
@JsonPropertyOrder({
  "seq",
  "eventId",
  "trackingNumber",
  "acceptedAt",
  "stationId",
  "operatorId",
  "scannerId",
  "partnerEventCode",
  "routingZip",
  "orderId",
  "labelSha256",
  "prevHash",
  "hash"
})
public record ProofRecord(
    long seq,
    String eventId,
    String trackingNumber,
    String acceptedAt,
    String stationId,
    String operatorId,
    String scannerId,
    String partnerEventCode,
    String routingZip,
    String orderId,
    String labelSha256,
    String prevHash,
    String hash) {}
