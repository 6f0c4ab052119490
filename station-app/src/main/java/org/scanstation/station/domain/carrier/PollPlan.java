package org.scanstation.station.domain.carrier;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to ask the carrier about a parcel next, by need: calls cost money and share the backend's
 * rate limit with the creates. A parcel USPS has not scanned is asked often in its first day (that
 * is when a missing scan matters), less often after; a scanned one rarely, since webhooks and the
 * delivery are what is left to learn; a delivered one never. Pure.
 *
 * @param unscannedFirstDay interval while unscanned and younger than a day
 * @param unscannedLater interval while unscanned and older
 * @param scanned interval once scanned and not yet delivered
 * @param giveUpAfter no more checks for parcels accepted longer ago than this
 */
public record PollPlan(
    Duration unscannedFirstDay, Duration unscannedLater, Duration scanned, Duration giveUpAfter) {

  /** Every 30 minutes in the first day, then every 2 hours; 6 hours once scanned; 30 days. */
  public static final PollPlan DEFAULT =
      new PollPlan(
          Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofDays(30));

  /** How many times an {@code Expired} tracking is retracked, as the AfterShip API allows. */
  public static final int MAX_RETRACKS = 3;

  /** Requires positive intervals. */
  public PollPlan {
    for (Duration d : new Duration[] {unscannedFirstDay, unscannedLater, scanned, giveUpAfter}) {
      if (Objects.requireNonNull(d, "interval").isNegative() || d.isZero()) {
        throw new IllegalArgumentException("poll intervals must be positive, got " + d);
      }
    }
  }

  /**
   * The next check of a parcel accepted at {@code acceptedAt}, checked at {@code now}, given what
   * its events add up to; null when it should not be asked again.
   */
  public Instant next(Instant acceptedAt, Instant now, CarrierSummary summary) {
    if (summary.delivery() != null || now.isAfter(acceptedAt.plus(giveUpAfter))) {
      return null;
    }
    if (summary.scanned()) {
      return now.plus(scanned);
    }
    boolean firstDay = now.isBefore(acceptedAt.plus(Duration.ofDays(1)));
    return now.plus(firstDay ? unscannedFirstDay : unscannedLater);
  }
}
