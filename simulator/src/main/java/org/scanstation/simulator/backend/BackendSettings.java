package org.scanstation.simulator.backend;

import java.time.Clock;
import java.util.Objects;

/**
 * How the simulated backend starts.
 *
 * @param apiKey the key requests must carry in {@code as-api-key}
 * @param rateLimitPerSecond requests allowed per second (AfterShip 2024-04: 10)
 * @param seed seeds the fault draws, the tracking ids and the carrier's draws, so a run can be
 *     repeated
 * @param clock the time source for timestamps, the carrier and the rate-limit window
 * @param carrier what the simulated carrier does with created trackings (off: all stay Pending)
 * @param webhooks where webhooks go (off: none)
 */
public record BackendSettings(
    String apiKey,
    int rateLimitPerSecond,
    long seed,
    Clock clock,
    CarrierSettings carrier,
    WebhookSettings webhooks) {
  /** Validates. */
  public BackendSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("the API key must not be blank");
    }
    if (rateLimitPerSecond < 1) {
      throw new IllegalArgumentException("rate limit must be >= 1, not " + rateLimitPerSecond);
    }
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(webhooks, "webhooks");
  }

  /** Without a carrier or webhooks. */
  public BackendSettings(String apiKey, int rateLimitPerSecond, long seed, Clock clock) {
    this(apiKey, rateLimitPerSecond, seed, clock, CarrierSettings.OFF, WebhookSettings.OFF);
  }

  /** 10 requests per second, seed 1, the system clock. */
  public static BackendSettings withApiKey(String apiKey) {
    return new BackendSettings(apiKey, 10, 1, Clock.systemUTC());
  }

  /** The same with another limit. */
  public BackendSettings withRateLimit(int perSecond) {
    return new BackendSettings(apiKey, perSecond, seed, clock, carrier, webhooks);
  }

  /** The same with another clock. */
  public BackendSettings withClock(Clock c) {
    return new BackendSettings(apiKey, rateLimitPerSecond, seed, c, carrier, webhooks);
  }

  /** The same with another seed. */
  public BackendSettings withSeed(long s) {
    return new BackendSettings(apiKey, rateLimitPerSecond, s, clock, carrier, webhooks);
  }

  /** The same with this carrier. */
  public BackendSettings withCarrier(CarrierSettings c) {
    return new BackendSettings(apiKey, rateLimitPerSecond, seed, clock, c, webhooks);
  }

  /** The same posting these webhooks. */
  public BackendSettings withWebhooks(WebhookSettings w) {
    return new BackendSettings(apiKey, rateLimitPerSecond, seed, clock, carrier, w);
  }

  /** Never shows the key or the webhook secret. */
  @Override
  public String toString() {
    return "BackendSettings[apiKey=<redacted>, rateLimitPerSecond="
        + rateLimitPerSecond
        + ", seed="
        + seed
        + ", carrier="
        + carrier
        + ", webhooks="
        + webhooks
        + "]";
  }
}
