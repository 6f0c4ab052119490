package org.scanstation.simulator.backend;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated carrier treats created trackings. Off by default: every tracking stays Pending,
 * as a backend whose carrier never scanned anything.
 *
 * @param scanRate share (0..1) of trackings USPS scans, drawn per tracking number and seed
 * @param scanAfter time from creation to the acceptance checkpoint
 * @param deliverAfter time from creation to the delivery (or the exception), or null: never
 * @param exceptionRate share (0..1) of scanned trackings that end in an Exception instead
 * @param expireAfter time from creation (or the last retrack) after which an undelivered tracking
 *     is Expired, or null: never
 */
public record CarrierSettings(
    double scanRate,
    Duration scanAfter,
    Duration deliverAfter,
    double exceptionRate,
    Duration expireAfter) {

  /** The carrier off: nothing is ever scanned. */
  public static final CarrierSettings OFF =
      new CarrierSettings(0, Duration.ofSeconds(2), null, 0, null);

  /** Validates. */
  public CarrierSettings {
    share("carrier scan rate", scanRate);
    share("exception rate", exceptionRate);
    Objects.requireNonNull(scanAfter, "scanAfter");
    if (scanAfter.isNegative()) {
      throw new IllegalArgumentException("carrier scan-after must not be negative: " + scanAfter);
    }
    if (deliverAfter != null && deliverAfter.compareTo(scanAfter) <= 0) {
      throw new IllegalArgumentException(
          "deliver-after ("
              + deliverAfter
              + ") must be longer than carrier-scan-after ("
              + scanAfter
              + ")");
    }
    if (expireAfter != null && (expireAfter.isNegative() || expireAfter.isZero())) {
      throw new IllegalArgumentException("expire-after must be longer than zero: " + expireAfter);
    }
  }

  /** A carrier that scans {@code rate} of the trackings {@code after} their creation. */
  public static CarrierSettings scanning(double rate, Duration after) {
    return new CarrierSettings(rate, after, null, 0, null);
  }

  /** The same, delivering {@code after} creation. */
  public CarrierSettings delivering(Duration after) {
    return new CarrierSettings(scanRate, scanAfter, after, exceptionRate, expireAfter);
  }

  /** The same, with this share of exceptions instead of deliveries. */
  public CarrierSettings withExceptions(double rate) {
    return new CarrierSettings(scanRate, scanAfter, deliverAfter, rate, expireAfter);
  }

  /** The same, expiring undelivered trackings {@code after} creation or retrack. */
  public CarrierSettings expiring(Duration after) {
    return new CarrierSettings(scanRate, scanAfter, deliverAfter, exceptionRate, after);
  }

  private static void share(String what, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(what + " must be 0..1, not " + v);
    }
  }
}
