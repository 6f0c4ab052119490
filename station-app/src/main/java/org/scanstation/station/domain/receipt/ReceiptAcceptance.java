package org.scanstation.station.domain.receipt;

import java.time.Instant;
import java.util.Objects;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;

/**
 * An acceptance as a receipt carries it: every field the chain hash covers, the time also as ISO
 * text for people, and the recorded previous and own hash. Immutable.
 *
 * @param eventId the acceptance's event id
 * @param trackingNumber the tracking number digits
 * @param routingZip the ZIP the scan carried, or null
 * @param stationId which station accepted it
 * @param operatorId who was signed in
 * @param scannerId which scanner read it
 * @param rawScan the scan as received
 * @param acceptedAtEpochMilli when, in UTC epoch milliseconds (what the hash covers)
 * @param acceptedAt the same instant as ISO-8601 text (covered by the signature only)
 * @param partnerEventCode the USPS partner event code
 * @param prevHash the previous chain link's hash
 * @param hash this acceptance's chain hash: a leaf of its manifest
 */
public record ReceiptAcceptance(
    String eventId,
    String trackingNumber,
    String routingZip,
    String stationId,
    String operatorId,
    String scannerId,
    String rawScan,
    long acceptedAtEpochMilli,
    String acceptedAt,
    String partnerEventCode,
    String prevHash,
    String hash) {

  /** Requires every field but the routing ZIP. */
  public ReceiptAcceptance {
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

  /** The acceptance as recorded in the chain. */
  public static ReceiptAcceptance of(AcceptanceEvent e) {
    return new ReceiptAcceptance(
        e.eventId().toString(),
        e.trackingNumber(),
        e.routingZip(),
        e.stationId(),
        e.operatorId(),
        e.scannerId(),
        e.rawScan(),
        e.acceptedAt().toEpochMilli(),
        e.acceptedAt().toString(),
        e.partnerEventCode(),
        e.prevHash(),
        e.hash());
  }

  /**
   * The chain hash these fields give after {@code prevHash}: equal to {@code hash} if untouched.
   */
  public String recomputedHash() {
    return HashChain.hash(
        prevHash,
        eventId,
        trackingNumber,
        routingZip,
        stationId,
        operatorId,
        scannerId,
        rawScan,
        acceptedAtEpochMilli,
        partnerEventCode);
  }

  /** Whether the ISO text names the same instant as the epoch milliseconds. */
  public boolean timesAgree() {
    return ReceiptTimes.agree(acceptedAt, acceptedAtEpochMilli);
  }

  /** The instant the epoch milliseconds name. */
  public Instant acceptedInstant() {
    return Instant.ofEpochMilli(acceptedAtEpochMilli);
  }
}
