package org.scanstation.fleet.simulate;

import java.time.Duration;
import java.util.Objects;

/**
 * What one simulation runs and stages.
 *
 * @param stations stations, each with its own store
 * @param parcels parcels each station accepts
 * @param dispatchers dispatchers of the one group
 * @param rateLimit the backend's limit, requests a second, which the dispatchers share
 * @param scanInterval the mean time between two scans at one station (jittered by half)
 * @param killAfter when, after the first scan, one dispatcher is killed; zero: never
 * @param outageAt when, after the first scan, the broker stops
 * @param outage how long the broker stays down; zero: no outage
 * @param timeout how long the run may take before it is reported as timed out
 */
public record SimulationPlan(
    int stations,
    int parcels,
    int dispatchers,
    int rateLimit,
    Duration scanInterval,
    Duration killAfter,
    Duration outageAt,
    Duration outage,
    Duration timeout) {
  /** Validates. */
  public SimulationPlan {
    Objects.requireNonNull(scanInterval, "scanInterval");
    Objects.requireNonNull(killAfter, "killAfter");
    Objects.requireNonNull(outageAt, "outageAt");
    Objects.requireNonNull(outage, "outage");
    Objects.requireNonNull(timeout, "timeout");
    if (stations < 1 || parcels < 1 || dispatchers < 1 || rateLimit < 1) {
      throw new IllegalArgumentException(
          "stations, parcels, dispatchers and the rate limit must each be 1 or more");
    }
    if (!killAfter.isZero() && dispatchers < 2) {
      throw new IllegalArgumentException(
          "killing a dispatcher needs --dispatchers 2 or more, else nobody is left to drain");
    }
  }

  /** Every parcel of every station. */
  public int events() {
    return stations * parcels;
  }

  /** The shortest possible drain: every event at the limit, {@code parcels x stations / limit}. */
  public double idealDrainSeconds() {
    return (double) events() / rateLimit;
  }
}
