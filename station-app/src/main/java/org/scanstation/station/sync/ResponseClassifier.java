package org.scanstation.station.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an AfterShip-style answer: status, {@code meta.code}, rate-limit headers ({@code
 * X-RateLimit-*}, lower-case {@code ratelimit-*}, {@code Retry-After}). The header rule is public
 * ({@link #window}) so that the carrier read-back reads the same headers the same way. Pure and
 * thread-safe.
 */
public final class ResponseClassifier {
  /** meta.code: the tracking already exists; a retry after a lost response meets this. */
  static final int ALREADY_EXISTS = 4003;

  /** meta.codes that mean the data is invalid: a person must look. */
  private static final Set<Integer> INVALID = Set.of(4005, 4007, 4010, 4011, 4012, 4013, 4017);

  private final Clock clock;

  /**
   * The rate-limit window an answer reports.
   *
   * @param remaining requests left in it, or -1 when not said
   * @param resetAt when it resets, or null when not said
   * @param limit requests allowed per window, or -1 when not said
   */
  public record Window(int remaining, Instant resetAt, int limit) {}

  /** A classifier whose "seconds from now" headers count from {@code clock}. */
  public ResponseClassifier(Clock clock) {
    this.clock = clock;
  }

  /** The window an answer's headers report; {@code headers} keys are lower case. */
  public Window window(Map<String, String> headers) {
    return new Window(
        intHeader(headers, "x-ratelimit-remaining", "ratelimit-remaining"),
        resetAt(headers),
        intHeader(headers, "x-ratelimit-limit", "ratelimit-limit"));
  }

  /** Classifies one answer; {@code headers} keys are lower case. */
  BackendReply classify(int status, Map<String, String> headers, String body) {
    Window w = window(headers);
    Instant reset = w.resetAt();
    JsonNode root = parse(body);
    int code = root.path("meta").path("code").asInt(0);
    String message = root.path("meta").path("message").asString("");
    String what =
        "HTTP "
            + status
            + (code != 0 ? " meta.code " + code : "")
            + (message.isEmpty() ? "" : ": " + message);
    SyncOutcome outcome;
    if (status >= 200 && status < 300) {
      outcome = new SyncOutcome.Delivered(root.path("data").path("id").asString(null));
    } else if (code == ALREADY_EXISTS) {
      outcome = new SyncOutcome.Delivered(root.path("data").path("id").asString(null));
    } else if (status == 401 || status == 403 || status == 404 || status == 405) {
      // A refused key, or a wrong URL: every call would fail the same way.
      outcome = new SyncOutcome.Pause(what);
    } else if (status == 429) {
      outcome = new SyncOutcome.RateLimited(reset != null ? reset : clock.instant().plusSeconds(1));
    } else if (INVALID.contains(code) || (status >= 400 && status < 500 && status != 408)) {
      outcome = new SyncOutcome.Quarantine(what);
    } else {
      outcome = new SyncOutcome.Retry(what);
    }
    return new BackendReply(outcome, w.remaining(), reset, w.limit());
  }

  private Instant resetAt(Map<String, String> headers) {
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

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank()
          ? JsonMapper.shared().missingNode()
          : JsonMapper.shared().readTree(body);
    } catch (RuntimeException e) {
      return JsonMapper.shared().missingNode();
    }
  }
}
