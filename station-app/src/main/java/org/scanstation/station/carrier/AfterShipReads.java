package org.scanstation.station.carrier;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.ratelimit.RateLimitHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Reads trackings back from the AfterShip Tracking API 2024-04, with the same base URL, key and
 * timeout as {@link org.scanstation.station.sync.AfterShipBackend}: {@code GET
 * /trackings?tracking_numbers=...} for a batch, {@code POST /trackings/{id}/retrack} for an expired
 * one, {@code GET /trackings?updated_at_min=...} for sweeps. One call per method, no retries (the
 * read-back owns the schedule); answers are read up to {@value #MAX_BODY} bytes and classified as
 * the creates are ({@link RateLimitHeaders}). Thread-safe.
 */
public final class AfterShipReads implements CarrierReader {
  /** Parcels asked about in one call. */
  public static final int BATCH = 50;

  /** The largest answer read; a longer one is a fault, not a reason to run out of memory. */
  public static final int MAX_BODY = 8 << 20;

  /** The page size asked for: AfterShip's most, so a batch's trackings come in one page. */
  static final int LIMIT = 200;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final String base;
  private final ApiKey key;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private final ReadAnswers answers;

  /**
   * A reader of the API at {@code baseUrl}, version path included (e.g. {@code
   * https://api.aftership.com/tracking/2024-04}).
   *
   * @param timeout per request
   */
  public AfterShipReads(URI baseUrl, ApiKey key, Duration timeout, Clock clock) {
    this.base = baseUrl.toString().replaceAll("/+$", "");
    this.key = Objects.requireNonNull(key, "key");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(clock, "clock");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
    this.clock = clock;
    this.answers = new ReadAnswers(clock);
  }

  @Override
  public int batchSize() {
    return BATCH;
  }

  @Override
  public String describe() {
    return base;
  }

  /** {@inheritDoc} Blocks for one call; an empty list makes none. */
  @Override
  public ReadReply read(List<String> trackingNumbers) {
    if (trackingNumbers.isEmpty()) {
      return ReadReply.of(new ReadOutcome.Read(List.of()));
    }
    if (trackingNumbers.size() > BATCH) {
      throw new IllegalArgumentException(
          "at most " + BATCH + " numbers per read, not " + trackingNumbers.size());
    }
    String query = "tracking_numbers=" + enc(String.join(",", trackingNumbers)) + "&limit=" + LIMIT;
    HttpRequest get = request(URI.create(base + "/trackings?" + query)).GET().build();
    return call(get, false, data -> AfterShipTrackings.readings(data.path("trackings"))).reply();
  }

  /**
   * Asks AfterShip to follow an expired tracking again (at most 3 times per tracking, as the API
   * allows). Blocks for one call. The answer's reading is the tracking as retracked; a refusal for
   * this tracking (still active, retracked too often, gone) is {@link ReadOutcome.NotAuthorized}.
   *
   * @throws IllegalArgumentException when {@code backendId} is not an AfterShip id
   */
  public ReadReply retrack(String backendId) {
    if (backendId == null || !ID.matcher(backendId).matches()) {
      throw new IllegalArgumentException("not an AfterShip tracking id: " + backendId);
    }
    HttpRequest post =
        request(URI.create(base + "/trackings/" + backendId + "/retrack"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return call(post, true, data -> List.of(AfterShipTrackings.reading(data))).reply();
  }

  /**
   * One page of the trackings updated at or after {@code from}; {@code cursor} from the page
   * before, or null for the first. Blocks for one call.
   */
  public SweepPage updatedSince(Instant from, String cursor) {
    String query =
        "updated_at_min="
            + enc(ISO.format(from.atOffset(ZoneOffset.UTC)))
            + "&limit="
            + LIMIT
            + (cursor == null ? "" : "&cursor=" + enc(cursor));
    HttpRequest get = request(URI.create(base + "/trackings?" + query)).GET().build();
    ReadAnswers.Answer a =
        call(get, false, data -> AfterShipTrackings.readings(data.path("trackings")));
    JsonNode page = a.data().path("pagination");
    String next =
        page.path("has_next_page").asBoolean(false) && page.path("next_cursor").isString()
            ? page.path("next_cursor").asString()
            : null;
    return new SweepPage(a.reply(), a.reply().outcome() instanceof ReadOutcome.Read ? next : null);
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("as-api-key", key.value());
  }

  private ReadAnswers.Answer call(
      HttpRequest request, boolean perParcel, Function<JsonNode, List<CarrierReading>> readings) {
    try {
      HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      Map<String, String> headers = new HashMap<>();
      r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      RateLimitHeaders.Window w = RateLimitHeaders.read(headers, clock);
      byte[] body;
      try (InputStream in = r.body()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        return answers.fault("an answer larger than " + (MAX_BODY >> 20) + " MiB", w);
      }
      return answers.classify(r.statusCode(), w, body, perParcel, readings);
    } catch (HttpTimeoutException e) {
      return answers.fault("no answer within " + timeout, null);
    } catch (IOException e) {
      return answers.fault("connection failed: " + e, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return answers.fault("interrupted", null);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
