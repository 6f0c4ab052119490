package org.scanstation.station.api;

import java.util.List;

/**
 * What the station and the carrier know of one accepted parcel, for {@code station track} and the
 * supervisor page's parcel view.
 *
 * @param trackingNumber the parcel
 * @param state whether it is still watched: {@code WATCHING}, {@code DELIVERED}, {@code EXPIRED},
 *     {@code NOT_AUTHORIZED}, {@code VOIDED}, {@code COMPLETED}
 * @param stateReason why it is no longer watched, or null
 * @param tag the carrier's current tag (e.g. {@code InTransit}), or null when never read
 * @param subtag its subtag, or null
 * @param mailedAt ISO-8601 time of the first USPS acceptance scan (the proof of mailing), or null
 * @param mailedCode that scan's event code, or null
 * @param mailedZip that scan's ZIP, or null
 * @param deliveredAt ISO-8601 time of delivery (the proof of delivery), or null
 * @param signer who signed for it, or null
 * @param lastCheckedAt ISO-8601 time the carrier was last asked, or null
 * @param nextCheckAt ISO-8601 time it will be asked next, or null
 * @param timeline every event, oldest first
 */
public record ParcelTracking(
    String trackingNumber,
    String state,
    String stateReason,
    String tag,
    String subtag,
    String mailedAt,
    String mailedCode,
    String mailedZip,
    String deliveredAt,
    String signer,
    String lastCheckedAt,
    String nextCheckAt,
    List<TimelineEntry> timeline) {

  /** Copies the timeline. */
  public ParcelTracking {
    timeline = List.copyOf(timeline);
  }
}
