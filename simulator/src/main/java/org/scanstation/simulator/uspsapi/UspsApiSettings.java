package org.scanstation.simulator.uspsapi;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.scanstation.simulator.usps.UspsNumbers;

/**
 * How the simulated USPS API starts.
 *
 * @param ownMids the Mailer IDs the client owns: only their parcels are answered
 * @param clientId the OAuth client id the token endpoint takes
 * @param clientSecret its secret (never shown by {@link #toString()})
 * @param tokenTtl how long a token lasts ({@code expires_in}), at least a second
 * @param ratePerSecond tracking calls allowed per second
 * @param scanRate share (0..1) of parcels USPS accepts; the rest stay Pre-Shipment
 * @param scanAfter from a parcel's first query (or registration) to its acceptance scan
 * @param deliverAfter from the acceptance to the delivery
 * @param seed seeds each parcel's draw, so a run can be repeated
 * @param clock the time source for tokens, timelines and the rate-limit window
 */
public record UspsApiSettings(
    Set<String> ownMids,
    String clientId,
    String clientSecret,
    Duration tokenTtl,
    int ratePerSecond,
    double scanRate,
    Duration scanAfter,
    Duration deliverAfter,
    long seed,
    Clock clock) {

  /** Validates; names the bad value. */
  public UspsApiSettings {
    ownMids = Set.copyOf(ownMids);
    for (String mid : ownMids) {
      if (!UspsNumbers.isMailerId(mid)) {
        throw new IllegalArgumentException(
            "'" + mid + "' is not a Mailer ID: use 9 digits starting with 9, or 6 starting 0-8");
      }
    }
    if (Objects.requireNonNull(clientId, "clientId").isBlank()
        || Objects.requireNonNull(clientSecret, "clientSecret").isBlank()) {
      throw new IllegalArgumentException("the client id and secret must not be blank");
    }
    if (tokenTtl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("token TTL must be at least 1s, not " + tokenTtl);
    }
    if (ratePerSecond < 1) {
      throw new IllegalArgumentException("rate must be >= 1 per second, not " + ratePerSecond);
    }
    if (!(scanRate >= 0 && scanRate <= 1)) {
      throw new IllegalArgumentException("scan rate must be 0..1, not " + scanRate);
    }
    if (scanAfter.isNegative() || deliverAfter.isNegative()) {
      throw new IllegalArgumentException("scan-after and deliver-after must not be negative");
    }
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * The given Mailer IDs and client: tokens for an hour, 60 calls per second, 80% scanned 2 s after
   * the first query, delivered 10 s later, seed 1, the system clock.
   */
  public static UspsApiSettings of(Set<String> ownMids, String clientId, String clientSecret) {
    return new UspsApiSettings(
        ownMids,
        clientId,
        clientSecret,
        Duration.ofHours(1),
        60,
        0.8,
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        1,
        Clock.systemUTC());
  }

  /** The same with another token TTL. */
  public UspsApiSettings withTokenTtl(Duration ttl) {
    return new UspsApiSettings(
        ownMids,
        clientId,
        clientSecret,
        ttl,
        ratePerSecond,
        scanRate,
        scanAfter,
        deliverAfter,
        seed,
        clock);
  }

  /** The same with another rate limit. */
  public UspsApiSettings withRate(int perSecond) {
    return new UspsApiSettings(
        ownMids,
        clientId,
        clientSecret,
        tokenTtl,
        perSecond,
        scanRate,
        scanAfter,
        deliverAfter,
        seed,
        clock);
  }

  /** The same with another timeline. */
  public UspsApiSettings withTimeline(double rate, Duration scan, Duration deliver, long s) {
    return new UspsApiSettings(
        ownMids, clientId, clientSecret, tokenTtl, ratePerSecond, rate, scan, deliver, s, clock);
  }

  /** The same with another clock. */
  public UspsApiSettings withClock(Clock c) {
    return new UspsApiSettings(
        ownMids,
        clientId,
        clientSecret,
        tokenTtl,
        ratePerSecond,
        scanRate,
        scanAfter,
        deliverAfter,
        seed,
        c);
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "UspsApiSettings[ownMids="
        + new java.util.TreeSet<>(ownMids)
        + ", clientId="
        + clientId
        + ", clientSecret=<redacted>, tokenTtl="
        + tokenTtl
        + ", ratePerSecond="
        + ratePerSecond
        + ", scanRate="
        + scanRate
        + ", seed="
        + seed
        + "]";
  }
}
