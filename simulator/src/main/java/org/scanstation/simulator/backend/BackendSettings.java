package org.scanstation.simulator.backend;

import java.time.Clock;
import java.util.Objects;

/**
 * How the simulated backend starts.
 *
 * @param apiKey the key requests must carry in {@code as-api-key}
 * @param rateLimitPerSecond requests allowed per second (AfterShip 2024-04: 10)
 * @param seed seeds the fault draws and the tracking ids, so a run can be repeated
 * @param clock the time source for timestamps and the rate-limit window
 */
public record BackendSettings(String apiKey, int rateLimitPerSecond, long seed, Clock clock) {
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
  }

  /** 10 requests per second, seed 1, the system clock. */
  public static BackendSettings withApiKey(String apiKey) {
    return new BackendSettings(apiKey, 10, 1, Clock.systemUTC());
  }

  /** The same with another limit. */
  public BackendSettings withRateLimit(int perSecond) {
    return new BackendSettings(apiKey, perSecond, seed, clock);
  }

  /** The same with another clock. */
  public BackendSettings withClock(Clock c) {
    return new BackendSettings(apiKey, rateLimitPerSecond, seed, c);
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "BackendSettings[apiKey=<redacted>, rateLimitPerSecond="
        + rateLimitPerSecond
        + ", seed="
        + seed
        + "]";
  }
}
