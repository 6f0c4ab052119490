package org.scanstation.station.domain.acceptance;

import java.util.Objects;
import java.util.Optional;
import org.scanstation.station.domain.policy.MailerIdAllowList;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.RejectReason;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.ValidScan;

/**
 * The station's acceptance rules beyond a valid number: which mailers, and whether a parcel must
 * match an imported shipment. Immutable and thread-safe.
 *
 * @param mailerIds the Mailer-ID allow-list
 * @param unknownShipment what to do without an imported shipment
 */
public record AcceptancePolicy(MailerIdAllowList mailerIds, UnknownShipment unknownShipment) {

  /** Any mailer; parcels without an imported shipment are accepted. */
  public static final AcceptancePolicy OPEN =
      new AcceptancePolicy(MailerIdAllowList.any(), UnknownShipment.ACCEPT);

  /** Requires both parts. */
  public AcceptancePolicy {
    Objects.requireNonNull(mailerIds, "mailerIds");
    Objects.requireNonNull(unknownShipment, "unknownShipment");
  }

  /** A rejection when the policy refuses this valid scan, else empty. */
  public Optional<Rejection> check(ValidScan scan, Optional<Shipment> shipment) {
    ParseResult allowed = mailerIds.apply(scan);
    if (allowed instanceof Rejection r) {
      return Optional.of(r);
    }
    if (shipment.isEmpty() && unknownShipment == UnknownShipment.REJECT) {
      return Optional.of(
          new Rejection(
              RejectReason.UNKNOWN_SHIPMENT,
              "no imported order for "
                  + scan.trackingNumber().grouped()
                  + "; set the parcel aside for a supervisor"));
    }
    return Optional.empty();
  }
}
