package org.scanstation.station.domain.carrier;

import java.time.Instant;
import java.util.Objects;
import org.scanstation.station.domain.acceptance.HashChain;

/**
 * One event the carrier reported for a parcel (an AfterShip checkpoint, a USPS tracking event).
 * Every text is as the source sent it, bounded but not trusted: escape it before it reaches HTML,
 * CSV or a log.
 *
 * @param trackingNumber the parcel's digits
 * @param source where it came from
 * @param occurredAt when the carrier says it happened
 * @param code the carrier's own event code ({@code raw_tag}, {@code eventCode}), or null
 * @param tag the delivery status the event carries, or null when the source gave none we know
 * @param subtag the finer status (e.g. {@code Exception_011}), or null
 * @param location where, as one line (city, state, country), or null
 * @param zip the ZIP of the facility, or null
 * @param message what the carrier says, or null
 * @param signer who signed for a delivery, or null
 */
public record CarrierEvent(
    String trackingNumber,
    CarrierSource source,
    Instant occurredAt,
    String code,
    CarrierTag tag,
    String subtag,
    String location,
    String zip,
    String message,
    String signer) {

  /** Longest text kept of a message; the rest is the carrier's noise. */
  public static final int MAX_TEXT = 500;

  /** Requires number, source and time; trims and bounds the texts. */
  public CarrierEvent {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
    code = bounded(code, 8);
    subtag = bounded(subtag, 40);
    location = bounded(location, 200);
    zip = bounded(zip, 10);
    message = bounded(message, MAX_TEXT);
    signer = bounded(signer, 100);
  }

  /** Whether this is a USPS acceptance scan: the proof of mailing. */
  public boolean isAcceptance() {
    return UspsEventCodes.isAcceptance(code);
  }

  /** Whether this is the delivery. */
  public boolean isDelivery() {
    return tag == CarrierTag.DELIVERED || UspsEventCodes.isDelivery(code);
  }

  /** Whether this shows the carrier physically had the parcel (acceptance or any later scan). */
  public boolean isCarrierScan() {
    if (UspsEventCodes.isNotAScan(code)) {
      return false;
    }
    return isAcceptance() || isDelivery() || (tag != null && tag.showsCarrierHadParcel());
  }

  /**
   * The event's identity for de-duplication: the same checkpoint read twice (a poll, then a
   * webhook, or a retried call) has the same fingerprint. Hex SHA-256 of the fields that identify
   * it.
   */
  public String fingerprint() {
    return HashChain.sha256(
        String.join(
            "\u001f",
            trackingNumber,
            source.name(),
            Long.toString(occurredAt.toEpochMilli()),
            nz(code),
            tag == null ? "" : tag.name(),
            nz(subtag),
            nz(location),
            nz(message)));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String bounded(String s, int max) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.isEmpty()) {
      return null;
    }
    return t.length() <= max ? t : t.substring(0, max);
  }
}
