package org.scanstation.station.domain.carrier;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a parcel's carrier events add up to, whatever order they arrived in: the current status
 * (from the latest event that carries one), the first USPS acceptance scan (the proof of mailing),
 * the first carrier scan of any kind, the delivery (the proof of delivery) and whether the carrier
 * scanned it before the station accepted it (a wrong parcel or a duplicate label). Immutable.
 *
 * @param tag the current tag, or null when no event carried one
 * @param subtag its subtag, or null
 * @param lastEventAt when the latest event happened, or null when there is none
 * @param acceptance the first acceptance scan, or null
 * @param firstScan the first event showing the carrier had the parcel, or null
 * @param delivery the first delivery event, or null
 * @param scannedBeforeAcceptance the first carrier scan earlier than the station's acceptance, or
 *     null
 */
public record CarrierSummary(
    CarrierTag tag,
    String subtag,
    Instant lastEventAt,
    CarrierEvent acceptance,
    CarrierEvent firstScan,
    CarrierEvent delivery,
    CarrierEvent scannedBeforeAcceptance) {

  /** Sums up {@code events} of a parcel the station accepted at {@code acceptedAt}. */
  public static CarrierSummary of(List<CarrierEvent> events, Instant acceptedAt) {
    List<CarrierEvent> inTime =
        events.stream().sorted(Comparator.comparing(CarrierEvent::occurredAt)).toList();
    CarrierEvent latestTagged = null;
    for (CarrierEvent e : inTime) {
      if (e.tag() != null) {
        latestTagged = e;
      }
    }
    Optional<CarrierEvent> scan = inTime.stream().filter(CarrierEvent::isCarrierScan).findFirst();
    return new CarrierSummary(
        latestTagged == null ? null : latestTagged.tag(),
        latestTagged == null ? null : latestTagged.subtag(),
        inTime.isEmpty() ? null : inTime.get(inTime.size() - 1).occurredAt(),
        inTime.stream().filter(CarrierEvent::isAcceptance).findFirst().orElse(null),
        scan.orElse(null),
        inTime.stream().filter(CarrierEvent::isDelivery).findFirst().orElse(null),
        scan.filter(e -> e.occurredAt().isBefore(acceptedAt)).orElse(null));
  }

  /** Whether USPS has scanned the parcel at all (acceptance or any later scan). */
  public boolean scanned() {
    return firstScan != null;
  }
}
