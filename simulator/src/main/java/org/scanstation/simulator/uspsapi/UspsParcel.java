package org.scanstation.simulator.uspsapi;

import java.time.Instant;
import java.util.Objects;

/**
 * One parcel's seeded timeline, and the truth tests compare with.
 *
 * @param trackingNumber its digits
 * @param knownAt when USPS learned of it (its first query, or its registration)
 * @param scanned whether USPS ever accepts it; the rest stay Pre-Shipment
 * @param preShipmentEvent whether an unscanned parcel shows a {@code MA} event (else none)
 * @param acceptedAt when the acceptance scan (03) happens, or null when never
 * @param processedAt when the processing scan (10) happens, or null when never
 * @param deliveredAt when the delivery (01) happens, or null when never
 * @param place where its scans happen
 * @param signer who signs on delivery
 */
public record UspsParcel(
    String trackingNumber,
    Instant knownAt,
    boolean scanned,
    boolean preShipmentEvent,
    Instant acceptedAt,
    Instant processedAt,
    Instant deliveredAt,
    Place place,
    String signer) {

  /**
   * A city where scans happen.
   *
   * @param city its name
   * @param state two letters
   * @param zip its ZIP
   * @param offset its UTC offset, e.g. {@code -05:00}
   */
  public record Place(String city, String state, String zip, String offset) {}

  /** Requires number, time and place. */
  public UspsParcel {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(knownAt, "knownAt");
    Objects.requireNonNull(place, "place");
  }

  /** Whether the acceptance scan has happened by {@code now}. */
  public boolean acceptedBy(Instant now) {
    return acceptedAt != null && !now.isBefore(acceptedAt);
  }
}
