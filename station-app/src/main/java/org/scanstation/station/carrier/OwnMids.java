package org.scanstation.station.carrier;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.policy.MailerIdAllowList;
import org.scanstation.station.domain.tracking.TrackingNumber;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;

/**
 * The station's own Mailer IDs ({@code tracking.usps.own-mids}): USPS APIs v3 give tracking data
 * for free only to the owner of the Mailer ID in the barcode, so only these parcels are read from
 * USPS; the rest come from AfterShip. Empty turns the USPS read-back off. The Mailer ID of a parcel
 * is the one the domain's parser reads; an entry is checked by the same rule as the accept
 * allow-list. Immutable and thread-safe.
 */
public final class OwnMids {
  private static final TrackingNumberParser PARSER = new TrackingNumberParser();

  private final Set<String> mids;

  private OwnMids(Set<String> mids) {
    this.mids = mids;
  }

  /**
   * The comma-separated Mailer IDs in {@code text}; blank for none.
   *
   * @throws IllegalArgumentException naming the first entry that is not a 6- or 9-digit Mailer ID
   */
  public static OwnMids parse(String text) {
    if (text == null || text.isBlank()) {
      return new OwnMids(Set.of());
    }
    List<String> entries = Arrays.stream(text.split(",")).map(String::strip).toList();
    for (String entry : entries) {
      MailerIdAllowList.of(List.of(entry)); // throws naming the entry
    }
    return new OwnMids(Set.copyOf(entries));
  }

  /**
   * The station's own Mailer IDs as configured. {@link StationConfig#load} has already refused a
   * bad entry with a {@link org.scanstation.station.config.ConfigException} naming it.
   */
  public static OwnMids from(StationConfig config) {
    return parse(Objects.requireNonNull(config, "config").get(Setting.TRACKING_USPS_OWN_MIDS));
  }

  /** Whether there are none: the USPS read-back is off. */
  public boolean isEmpty() {
    return mids.isEmpty();
  }

  /** Whether the parcel's Mailer ID is one of the station's own. */
  public boolean owns(TrackingNumber number) {
    return mids.contains(number.mailerId());
  }

  /** Whether the digits are a valid tracking number with one of the station's own Mailer IDs. */
  public boolean owns(String digits) {
    return PARSER.parse(digits) instanceof ValidScan v && owns(v.trackingNumber());
  }

  /** The Mailer IDs, comma-separated in order, or {@code none}. */
  @Override
  public String toString() {
    return mids.isEmpty() ? "none" : String.join(",", new TreeSet<>(mids));
  }
}
