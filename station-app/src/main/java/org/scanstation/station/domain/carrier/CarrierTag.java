package org.scanstation.station.domain.carrier;

import java.util.Locale;
import java.util.Optional;

/**
 * A parcel's delivery status in AfterShip's words (the tags of the Tracking API 2024-04); USPS
 * statuses are mapped onto them. The text is stored: renaming a constant needs a migration.
 */
public enum CarrierTag {
  PENDING("Pending"),
  INFO_RECEIVED("InfoReceived"),
  IN_TRANSIT("InTransit"),
  OUT_FOR_DELIVERY("OutForDelivery"),
  ATTEMPT_FAIL("AttemptFail"),
  DELIVERED("Delivered"),
  AVAILABLE_FOR_PICKUP("AvailableForPickup"),
  EXCEPTION("Exception"),
  EXPIRED("Expired");

  private final String wire;

  CarrierTag(String wire) {
    this.wire = wire;
  }

  /** The name AfterShip uses, e.g. {@code InTransit}. */
  public String wire() {
    return wire;
  }

  /** The tag AfterShip calls {@code name} (case-insensitive), if it is one. */
  public static Optional<CarrierTag> fromWire(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (CarrierTag t : values()) {
      if (t.wire.toLowerCase(Locale.ROOT).equals(n)
          || t.name().toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a carrier event with this tag means the carrier physically had the parcel: Pending and
   * InfoReceived (the label's data, not the parcel) do not; Exception and Expired say nothing.
   */
  public boolean showsCarrierHadParcel() {
    return switch (this) {
      case IN_TRANSIT, OUT_FOR_DELIVERY, ATTEMPT_FAIL, DELIVERED, AVAILABLE_FOR_PICKUP -> true;
      default -> false;
    };
  }
}
