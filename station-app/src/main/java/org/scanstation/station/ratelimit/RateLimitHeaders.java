package org.scanstation.station.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Reads what a backend's answer says of its rate-limit window: {@code X-RateLimit-*}, the IETF
 * lower-case {@code ratelimit-*} and {@code Retry-After}. One rule for every call the station makes
 * (creates, reads). Pure.
 */
public final class RateLimitHeaders {
  /**
   * The window an answer reports.
   *
   * @param remaining requests left in it, or -1 when not said
   * @param resetAt when it resets, or null when not said
   * @param limit requests allowed per window, or -1 when not said
   */
  public record Window(int remaining, Instant resetAt, int limit) {}

  private RateLimitHeaders() {}

  /**
   * The window {@code headers} (keys in lower case) report; "seconds from now" count from {@code
   * clock}.
   */
  public static Window read(Map<String, String> headers, Clock clock) {
    return new Window(
        intHeader(headers, "x-ratelimit-remaining", "ratelimit-remaining"),
        resetAt(headers, clock),
        intHeader(headers, "x-ratelimit-limit", "ratelimit-limit"));
  }

  private static Instant resetAt(Map<String, String> headers, Clock clock) {
    // X-RateLimit-Reset is epoch seconds; IETF ratelimit-reset and Retry-After are seconds from now
    // (Retry-After may also be an HTTP date, which we do not rely on).
    long epoch = longHeader(headers, "x-ratelimit-reset");
    if (epoch > 0) {
      return epoch > 1_000_000_000L
          ? Instant.ofEpochSecond(epoch)
          : clock.instant().plusSeconds(epoch);
    }
    long delta = longHeader(headers, "ratelimit-reset");
    if (delta < 0) {
      delta = longHeader(headers, "retry-after");
    }
    return delta >= 0 ? clock.instant().plusSeconds(delta) : null;
  }

  private static int intHeader(Map<String, String> h, String... names) {
    for (String n : names) {
      long v = longHeader(h, n);
      if (v >= 0) {
        return (int) Math.min(v, Integer.MAX_VALUE);
      }
    }
    return -1;
  }

  private static long longHeader(Map<String, String> h, String name) {
    String v = h.get(name);
    if (v == null) {
      return -1;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
