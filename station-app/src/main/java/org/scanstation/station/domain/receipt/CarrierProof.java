package org.scanstation.station.domain.receipt;

import java.util.Objects;
import org.scanstation.station.domain.carrier.CarrierEvent;

/**
 * A carrier event a receipt quotes: the USPS acceptance scan (proof of mailing) or the delivery, as
 * the tracking read-back recorded it. Its texts come from the carrier: escape them before they
 * reach HTML, CSV or a log. Immutable.
 *
 * @param occurredAtEpochMilli when the carrier says it happened, UTC epoch milliseconds
 * @param occurredAt the same instant as ISO-8601 text
 * @param code the carrier's event code, or null
 * @param location where, as one line, or null
 * @param zip the facility's ZIP, or null
 * @param signer who signed for a delivery, or null
 * @param source where the station read it (AFTERSHIP, USPS, ...)
 */
public record CarrierProof(
    long occurredAtEpochMilli,
    String occurredAt,
    String code,
    String location,
    String zip,
    String signer,
    String source) {

  /** Requires the times and the source. */
  public CarrierProof {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(source, "source");
  }

  /** The proof an event gives, or null for none. */
  public static CarrierProof of(CarrierEvent e) {
    if (e == null) {
      return null;
    }
    return new CarrierProof(
        e.occurredAt().toEpochMilli(),
        e.occurredAt().toString(),
        e.code(),
        e.location(),
        e.zip(),
        e.signer(),
        e.source().name());
  }
}
