package org.scanstation.fleet.dispatch;

/**
 * A dispatcher's share of the organisation's rate limit: {@code limit × owned / partitions}. The
 * shares of the members of a group add up to at most the limit as long as no partition is owned
 * twice, which the group's rebalance protocol guarantees: a partition is revoked from its old owner
 * before it is assigned to a new one, and the gate shrinks on revoke before it grows on assign.
 * Pure.
 */
final class RateShare {
  private RateShare() {}

  /**
   * Requests a second for a dispatcher owning {@code owned} of {@code partitions} partitions.
   *
   * @throws IllegalArgumentException when the numbers cannot be a share
   */
  static double of(double limit, int owned, int partitions) {
    if (!(limit > 0) || partitions < 1 || owned < 0 || owned > partitions) {
      throw new IllegalArgumentException(
          "no share of " + limit + "/s for " + owned + " of " + partitions + " partitions");
    }
    return limit * owned / partitions;
  }

  /**
   * The shortest time between two calls at {@code perSecond}: a little more than its reciprocal,
   * because the backend counts calls by their arrival in each wall-clock second and two calls sent
   * exactly one interval apart can arrive a few milliseconds closer.
   */
  static long spacingNanos(double perSecond) {
    return (long) (1e9 / perSecond) + GUARD_NANOS;
  }

  /** What each interval adds for the jitter of arrival (5 ms: 5% of a 10/s interval). */
  static final long GUARD_NANOS = 5_000_000L;
}
