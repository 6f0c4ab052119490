package org.scanstation.station.sync;

import java.util.Objects;

/**
 * Which tracking at the backend a delete or a completion is about.
 *
 * @param backendId the backend's id from the create's answer, or null when unknown (then it is
 *     looked up by number)
 * @param slug the carrier slug, {@code usps}
 * @param trackingNumber the tracking number digits
 */
public record TrackingRef(String backendId, String slug, String trackingNumber) {
  /** Requires the slug and the number. */
  public TrackingRef {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
  }
}
