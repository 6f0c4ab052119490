package org.scanstation.station.sync;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.scanstation.station.api.OutboxPayload;
import org.scanstation.station.config.ApiKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AfterShip Tracking API 2024-04, over the JDK's HttpClient (keep-alive connections): {@code
 * POST /trackings}, {@code DELETE /trackings/{id}}, {@code POST /trackings/{id}/mark-as-completed}
 * and, when an id is unknown, {@code GET /trackings?tracking_numbers=N}. The key goes in the {@code
 * as-api-key} header only. No retries here: the outbox owns them. Thread-safe.
 */
public final class AfterShipBackend implements TrackingBackend {
  /** meta.code of "Tracking does not exist". */
  private static final int NOT_FOUND = 4004;

  private final URI trackings;
  private final ApiKey key;
  private final HttpClient http;
  private final Duration timeout;
  private final ResponseClassifier classifier;

  /**
   * A client for the API at {@code baseUrl}, version path included (e.g. {@code
   * https://api.aftership.com/tracking/2024-04}).
   *
   * @param timeout per request
   */
  public AfterShipBackend(URI baseUrl, ApiKey key, Duration timeout, Clock clock) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.trackings = URI.create(base + "/trackings");
    this.key = Objects.requireNonNull(key, "key");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
    this.classifier = new ResponseClassifier(clock);
  }

  @Override
  public String describe() {
    return trackings.toString().substring(0, trackings.toString().length() - "/trackings".length());
  }

  @Override
  public BackendReply create(OutboxPayload p) {
    HttpRequest request =
        json(trackings)
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    JsonMapper.shared().writeValueAsBytes(body(p))))
            .build();
    return call(request, a -> classifier.classify(a.status(), a.headers(), a.body()));
  }

  @Override
  public BackendReply delete(TrackingRef t) {
    return withId(
        t,
        true,
        id ->
            call(
                json(one(id)).DELETE().build(),
                a ->
                    a.status() == 404 && a.metaCode() == NOT_FOUND
                        ? BackendReply.of(new SyncOutcome.Delivered(id))
                        : classifier.classify(a.status(), a.headers(), a.body())));
  }

  @Override
  public BackendReply complete(TrackingRef t, String reason) {
    byte[] body = JsonMapper.shared().writeValueAsBytes(Map.of("reason", reason));
    return withId(
        t,
        false,
        id ->
            call(
                json(URI.create(one(id) + "/mark-as-completed"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                // a tracking that is gone is this parcel's problem, not a wrong URL for every call
                a ->
                    a.status() == 404 && a.metaCode() == NOT_FOUND
                        ? BackendReply.of(
                            new SyncOutcome.Quarantine(
                                "the backend has no tracking "
                                    + id
                                    + " for "
                                    + t.trackingNumber()
                                    + " to mark completed; check it at the backend"))
                        : classifier.classify(a.status(), a.headers(), a.body())));
  }

  /**
   * Runs {@code action} with the tracking's id, looking it up by number first when the create's
   * answer did not give one ({@code GET /trackings?tracking_numbers=N}).
   *
   * @param goneIsDone whether a tracking the backend does not have means the action is done
   */
  private BackendReply withId(
      TrackingRef t, boolean goneIsDone, Function<String, BackendReply> action) {
    if (t.backendId() != null) {
      return action.apply(t.backendId());
    }
    URI lookup =
        URI.create(
            trackings
                + "?tracking_numbers="
                + URLEncoder.encode(t.trackingNumber(), StandardCharsets.UTF_8));
    BackendReply found = call(json(lookup).GET().build(), a -> idOf(a, t));
    if (!(found.outcome() instanceof SyncOutcome.Delivered d)) {
      return found;
    }
    if (d.backendId() != null) {
      return action.apply(d.backendId());
    }
    return BackendReply.of(
        goneIsDone
            ? new SyncOutcome.Delivered(null)
            : new SyncOutcome.Quarantine(
                "the backend has no tracking of "
                    + t.trackingNumber()
                    + " to mark completed; check it at the backend"));
  }

  /** The id of the listed tracking with the ref's slug, as a Delivered outcome (null: none). */
  private BackendReply idOf(Answer a, TrackingRef t) {
    BackendReply r = classifier.classify(a.status(), a.headers(), a.body());
    if (!(r.outcome() instanceof SyncOutcome.Delivered)) {
      return r;
    }
    String id = null;
    for (JsonNode n : a.json().path("data").path("trackings")) {
      if (t.slug().equalsIgnoreCase(n.path("slug").asString(""))
          && t.trackingNumber().equalsIgnoreCase(n.path("tracking_number").asString(""))) {
        id = n.path("id").asString(null);
      }
    }
    return new BackendReply(new SyncOutcome.Delivered(id), r.remaining(), r.resetAt(), r.limit());
  }

  private URI one(String id) {
    return URI.create(trackings + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder json(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("as-api-key", key.value());
  }

  /** One call; connection faults and timeouts are a Retry, never an exception. */
  private BackendReply call(HttpRequest request, Function<Answer, BackendReply> read) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new HashMap<>();
      r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      return read.apply(new Answer(r.statusCode(), headers, r.body()));
    } catch (HttpTimeoutException e) {
      return BackendReply.of(new SyncOutcome.Retry("no answer within " + timeout));
    } catch (IOException e) {
      return BackendReply.of(new SyncOutcome.Retry("connection failed: " + e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return BackendReply.of(new SyncOutcome.Retry("interrupted"));
    }
  }

  /** An HTTP answer as received. */
  private record Answer(int status, Map<String, String> headers, String body) {
    JsonNode json() {
      try {
        return body == null || body.isBlank()
            ? JsonMapper.shared().missingNode()
            : JsonMapper.shared().readTree(body);
      } catch (RuntimeException e) {
        return JsonMapper.shared().missingNode();
      }
    }

    int metaCode() {
      return json().path("meta").path("code").asInt(0);
    }
  }

  /** The create request: slug, number, title, order, ZIP, and the station's facts. */
  static Map<String, Object> body(OutboxPayload p) {
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("station_id", p.stationId());
    custom.put("operator_id", p.operatorId());
    custom.put("event_id", p.eventId());
    custom.put("accepted_at", p.acceptedAt());
    custom.put("partner_event_code", p.partnerEventCode());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("slug", p.slug());
    body.put("tracking_number", p.trackingNumber());
    body.put("title", p.title());
    if (p.orderId() != null) {
      body.put("order_id", p.orderId());
    }
    if (p.destinationZip() != null) {
      body.put("destination_postal_code", p.destinationZip());
    }
    body.put("custom_fields", custom);
    return body;
  }
}
