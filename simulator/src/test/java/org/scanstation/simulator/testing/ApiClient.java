package org.scanstation.simulator.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A station-like client of the backend: the JDK HttpClient, one per test. */
public final class ApiClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String key;

  public ApiClient(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  /** A response: status, headers, parsed body. */
  public record Answer(HttpResponse<String> raw, JsonNode json) {
    public int status() {
      return raw.statusCode();
    }

    public int metaCode() {
      return json.path("meta").path("code").asInt();
    }

    public JsonNode data() {
      return json.path("data");
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Answer send(String method, String path, String body) throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("as-api-key", key);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r, JSON.readTree(r.body().isEmpty() ? "{}" : r.body()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  public Answer create(String trackingNumber) throws IOException {
    return send(
        "POST", "/trackings", "{\"tracking_number\":\"" + trackingNumber + "\",\"slug\":\"usps\"}");
  }

  public Answer get(String path) throws IOException {
    return send("GET", path, null);
  }
}
