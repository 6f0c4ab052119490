package org.scanstation.simulator.backend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every request's path through the backend: kept, delayed by the latency fault, authenticated
 * ({@code as-api-key}), rate-limited, maybe failed on purpose, routed, and answered in the
 * AfterShip envelope {@code {"meta":{"code","message","type"},"data":{...}}} (or, for a dropped
 * create, not answered at all). Errors become answers here, in one place. Runs on the HTTP server's
 * threads; thread-safe.
 */
final class TrackingApi implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(TrackingApi.class);
  private static final String OK_MESSAGE = "The request was successfully processed by AfterShip.";
  private static final int MAX_BODY = 1 << 20;

  private final byte[] apiKey;
  private final RateLimiter limiter;
  private final BackendFaults faults;
  private final TrackingRoutes routes;
  private final Clock clock;
  private final JsonMapper json;
  private final BackendStats stats = new BackendStats();
  private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();

  TrackingApi(
      BackendSettings settings, BackendFaults faults, TrackingStore store, JsonMapper json) {
    this.apiKey = settings.apiKey().getBytes(StandardCharsets.UTF_8);
    this.limiter = new RateLimiter(settings.rateLimitPerSecond());
    this.faults = faults;
    this.clock = settings.clock();
    this.json = json;
    this.routes = new TrackingRoutes(store, clock, json);
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    Instant at = clock.instant();
    String body = readBody(ex.getRequestBody());
    stats.request();
    Answer answer;
    try {
      answer = process(ex, body);
    } catch (ApiError e) {
      stats.error(e.metaCode());
      answer = answer(e.status(), envelope(e.metaCode(), e.type(), e.getMessage(), e.data()));
    }
    String path = ex.getRequestURI().getRawPath();
    // Kept before answering: a client that got its answer finds its request here.
    received.add(
        new ReceivedRequest(
            at,
            ex.getRequestMethod(),
            path,
            query(ex),
            headers(ex),
            body,
            answer.status(),
            answer.metaCode()));
    LOG.debug("backend {} {} -> {}", ex.getRequestMethod(), path, answer.status());
    if (answer.bytes() == null) {
      ex.close(); // no headers sent yet: the JDK server closes the connection unanswered
      return;
    }
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(answer.status(), answer.bytes().length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(answer.bytes());
    }
  }

  /** What to answer: status, meta code, body; a null body drops the connection unanswered. */
  private record Answer(int status, int metaCode, byte[] bytes) {}

  private Answer process(HttpExchange ex, String body) {
    pause(faults.latency());
    String key = ex.getRequestHeaders().getFirst("as-api-key");
    if (key == null || !MessageDigest.isEqual(apiKey, key.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(401, 401, "Unauthorized", "Invalid API key.");
    }
    if (faults.throttled(clock.instant())) {
      ex.getResponseHeaders().set("Retry-After", "1");
      throw new ApiError(429, 429, "TooManyRequests", "Too many requests; retry after 1 second.");
    }
    rateLimit(ex);
    int failure = faults.drawFailure();
    if (failure != 0) {
      stats.injectedFailure();
      throw ApiError.server(failure);
    }
    TrackingRoutes.Reply r =
        routes.route(ex.getRequestMethod(), ex.getRequestURI().getPath(), query(ex), body);
    if (r.created()) {
      stats.created();
      if (faults.takeCreateDrop()) {
        stats.dropped();
        return new Answer(0, 0, null);
      }
    }
    return answer(r.status(), envelope(r.status(), r.type(), OK_MESSAGE, r.data()));
  }

  /** Sets the rate-limit headers; throws the 429 when the second's budget is spent. */
  private void rateLimit(HttpExchange ex) {
    RateLimiter.Decision d = limiter.acquire(clock.instant());
    ex.getResponseHeaders().set("X-RateLimit-Limit", String.valueOf(d.limit()));
    ex.getResponseHeaders().set("X-RateLimit-Remaining", String.valueOf(d.remaining()));
    ex.getResponseHeaders().set("X-RateLimit-Reset", String.valueOf(d.resetEpochSecond()));
    if (!d.allowed()) {
      throw new ApiError(
          429,
          429,
          "TooManyRequests",
          "You have exceeded the API call rate limit. The default limit is "
              + d.limit()
              + " requests per second.");
    }
  }

  private ObjectNode envelope(int code, String type, String message, Object data) {
    ObjectNode root = json.createObjectNode();
    ObjectNode meta = root.putObject("meta");
    meta.put("code", code);
    meta.put("message", message);
    meta.put("type", type);
    root.set("data", data instanceof JsonNode n ? n : json.createObjectNode());
    return root;
  }

  private Answer answer(int status, ObjectNode envelope) {
    return new Answer(
        status, envelope.path("meta").path("code").asInt(), json.writeValueAsBytes(envelope));
  }

  private static String readBody(InputStream in) throws IOException {
    try (in) {
      return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
    }
  }

  private static String query(HttpExchange ex) {
    String q = ex.getRequestURI().getRawQuery();
    return q == null ? "" : q;
  }

  private static Map<String, String> headers(HttpExchange ex) {
    Map<String, String> h = new HashMap<>();
    ex.getRequestHeaders()
        .forEach(
            (name, values) -> {
              String n = name.toLowerCase(Locale.ROOT);
              h.put(
                  n, n.equals("as-api-key") ? "<redacted>" : values.isEmpty() ? "" : values.get(0));
            });
    return h;
  }

  private static void pause(Duration d) {
    if (d.isZero()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  BackendCounters counters() {
    return stats.snapshot();
  }

  List<ReceivedRequest> received() {
    return List.copyOf(received);
  }
}
