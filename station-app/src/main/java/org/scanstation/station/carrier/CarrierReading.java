package org.scanstation.station.carrier;

import java.util.List;
import java.util.Objects;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;

/**
 * One parcel as a carrier source reports it now.
 *
 * @param trackingNumber the parcel's digits
 * @param source who reported it
 * @param backendId the backend's id for the tracking (AfterShip), or null
 * @param tag the source's current status for the parcel, or null when it gave none we know
 * @param subtag its finer status, or null
 * @param active whether the source still follows the parcel (false: completed or expired)
 * @param events every event the source lists for it, in any order
 */
public record CarrierReading(
    String trackingNumber,
    CarrierSource source,
    String backendId,
    CarrierTag tag,
    String subtag,
    boolean active,
    List<CarrierEvent> events) {

  /** Copies the events. */
  public CarrierReading {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(source, "source");
    events = List.copyOf(events);
  }
}
