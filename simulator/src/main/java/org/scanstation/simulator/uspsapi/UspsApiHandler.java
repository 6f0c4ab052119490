package org.scanstation.simulator.uspsapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.scanstation.common.QueryString;
import org.scanstation.simulator.backend.RateLimiter;
import org.scanstation.simulator.usps.UspsNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every request's path through the simulated USPS API: routed to the token endpoint or the tracking
 * endpoint, authenticated, rate-limited (tracking calls only), answered, counted and kept. Runs on
 * the HTTP server's threads; thread-safe.
 */
final class UspsApiHandler implements HttpHandler {
  static final String TOKEN_PATH = "/oauth2/v3/token";
  static final String TRACKING_PREFIX = "/tracking/v3/tracking/";
  private static final Logger LOG = LoggerFactory.getLogger(UspsApiHandler.class);
  private static final int MAX_BODY = 64 * 1024;

  private final TokenEndpoint tokens;
  private final UspsParcels parcels;
  private final Set<String> ownMids;
  private final RateLimiter limiter;
  private final TrackingJson json;
  private final Clock clock;
  private final List<UspsRequest> received = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
  private final AtomicLong trackingRequests = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong notAuthorized = new AtomicLong();

  UspsApiHandler(UspsApiSettings s, TokenEndpoint tokens, UspsParcels parcels, TrackingJson json) {
    this.tokens = tokens;
    this.parcels = parcels;
    this.ownMids = s.ownMids();
    this.limiter = new RateLimiter(s.ratePerSecond());
    this.json = json;
    this.clock = s.clock();
  }

  /** One answer: status, extra headers, JSON body. */
  record Answer(int status, Map<String, String> headers, ObjectNode body) {
    Answer(int status, ObjectNode body) {
      this(status, Map.of(), body);
    }
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    Instant at = clock.instant();
    String path = ex.getRequestURI().getRawPath();
    String number = null;
    Answer a;
    if (path.equals(TOKEN_PATH) && ex.getRequestMethod().equals("POST")) {
      a = tokens.answer(readBody(ex.getRequestBody()), ex.getRequestHeaders());
    } else if (path.startsWith(TRACKING_PREFIX) && ex.getRequestMethod().equals("GET")) {
      number = path.substring(TRACKING_PREFIX.length());
      a = tracking(ex, number, at);
    } else {
      a = new Answer(404, json.error(404, "Resource not found", "Not Found", "No route " + path));
    }
    received.add(new UspsRequest(at, ex.getRequestMethod(), path, number, a.status()));
    LOG.debug("usps-api {} {} -> {}", ex.getRequestMethod(), path, a.status());
    a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    byte[] bytes = json.bytes(a.body());
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(a.status(), bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Answer tracking(HttpExchange ex, String number, Instant now) {
    trackingRequests.incrementAndGet();
    calls.computeIfAbsent(number, n -> new AtomicLong()).incrementAndGet();
    Answer refused = tokens.checkBearer(ex.getRequestHeaders().getFirst("Authorization"), now);
    if (refused != null) {
      return refused;
    }
    RateLimiter.Decision d = limiter.acquire(now);
    if (!d.allowed()) {
      rateLimited.incrementAndGet();
      long wait = Math.max(1, d.resetEpochSecond() - now.getEpochSecond());
      return new Answer(
          429,
          Map.of("Retry-After", String.valueOf(wait)),
          json.error(429, "Too Many Requests", "Quota exceeded", "Retry after " + wait + " s."));
    }
    boolean detail;
    try {
      String expand =
          QueryString.parse(ex.getRequestURI().getRawQuery(), Set.of("expand"))
              .getOrDefault("expand", "SUMMARY");
      if (!expand.equals("DETAIL") && !expand.equals("SUMMARY")) {
        throw new IllegalArgumentException("expand must be DETAIL or SUMMARY, not " + expand);
      }
      detail = expand.equals("DETAIL");
    } catch (IllegalArgumentException e) {
      return new Answer(400, json.error(400, "Bad Request", "Invalid query", e.getMessage()));
    }
    return answer(number, now, detail);
  }

  private Answer answer(String number, Instant now, boolean detail) {
    String mid = UspsNumbers.mailerIdOf(number);
    if (mid != null && !ownMids.contains(mid)) {
      notAuthorized.incrementAndGet();
      return new Answer(
          403,
          json.error(
              403,
              "Forbidden",
              "Mailer ID not authorized",
              "The Mailer ID "
                  + mid
                  + " is not authorized for this client; tracking data is released to the"
                  + " owner of the Mailer ID only."));
    }
    if (mid == null || !UspsNumbers.isPlausible(number)) {
      return new Answer(
          404,
          json.error(
              404,
              "Not Found",
              "Tracking number not found",
              "The tracking number may be incorrect or the status update is not yet available."));
    }
    return new Answer(200, json.tracking(parcels.know(number, now), now, detail));
  }

  private static String readBody(InputStream in) throws IOException {
    try (in) {
      return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
    }
  }

  List<UspsRequest> received() {
    return List.copyOf(received);
  }

  UspsCounters counters() {
    Map<String, Long> perNumber = new java.util.HashMap<>();
    calls.forEach((n, c) -> perNumber.put(n, c.get()));
    return new UspsCounters(
        tokens.requests(),
        tokens.issued(),
        trackingRequests.get(),
        rateLimited.get(),
        tokens.unauthorized(),
        notAuthorized.get(),
        perNumber);
  }
}
