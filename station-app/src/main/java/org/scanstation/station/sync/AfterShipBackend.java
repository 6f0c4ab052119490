package org.scanstation.station.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.scanstation.station.api.OutboxPayload;
import org.scanstation.station.config.ApiKey;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AfterShip Tracking API 2024-04, over the JDK's HttpClient (keep-alive connections). The key
 * goes in the {@code as-api-key} header only. No retries here: the outbox owns them. Thread-safe.
 */
public final class AfterShipBackend implements TrackingBackend {
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
        HttpRequest.newBuilder(trackings)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("as-api-key", key.value())
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    JsonMapper.shared().writeValueAsBytes(body(p))))
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new HashMap<>();
      r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      return classifier.classify(r.statusCode(), headers, r.body());
    } catch (HttpTimeoutException e) {
      return BackendReply.of(new SyncOutcome.Retry("no answer within " + timeout));
    } catch (IOException e) {
      return BackendReply.of(new SyncOutcome.Retry("connection failed: " + e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return BackendReply.of(new SyncOutcome.Retry("interrupted"));
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
