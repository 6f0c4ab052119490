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
 * @param voidSeq when a supervisor voided this acceptance: the void link's chain position, else
 *     null
 * @param voidedAt ISO-8601 UTC of the void, or null
 * @param voidedBy the supervisor who voided it, or null
 * @param voidReason why, or null
 * @param voidHash the void link's hash, or null
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
  "hash",
  "voidSeq",
  "voidedAt",
  "voidedBy",
  "voidReason",
  "voidHash"
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
    String hash,
    Long voidSeq,
    String voidedAt,
    String voidedBy,
    String voidReason,
    String voidHash) {}
