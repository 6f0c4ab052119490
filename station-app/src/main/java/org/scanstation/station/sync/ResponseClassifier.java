package org.scanstation.station.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.scanstation.station.ratelimit.RateLimitHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an AfterShip-style answer: status, {@code meta.code}, rate-limit headers ({@code
 * X-RateLimit-*}, lower-case {@code ratelimit-*}, {@code Retry-After}). The headers are read by
 * {@link RateLimitHeaders}, as the carrier read-back reads them. Pure and thread-safe.
 */
public final class ResponseClassifier {
  /** meta.code: the tracking already exists; a retry after a lost response meets this. */
  static final int ALREADY_EXISTS = 4003;

  /** meta.codes that mean the data is invalid: a person must look. */
  private static final Set<Integer> INVALID = Set.of(4005, 4007, 4010, 4011, 4012, 4013, 4017);

  private final Clock clock;

  /** A classifier whose "seconds from now" headers count from {@code clock}. */
  public ResponseClassifier(Clock clock) {
    this.clock = clock;
  }

  /** Classifies one answer; {@code headers} keys are lower case. */
  BackendReply classify(int status, Map<String, String> headers, String body) {
    RateLimitHeaders.Window w = RateLimitHeaders.read(headers, clock);
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
