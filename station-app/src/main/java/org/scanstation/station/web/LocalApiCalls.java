package org.scanstation.station.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.scanstation.station.StationException;
import org.scanstation.station.web.LocalApi.Op;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP requests to a running station's local API, each built from its operation's {@link LocalApi}
 * definition; every failure becomes a {@link StationException} carrying the station's own message.
 * Blocks for the answer (at most five minutes). Thread-safe.
 */
final class LocalApiCalls {
  static final JsonMapper JSON = JsonMapper.shared();

  private final URI base;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** Calls to the station at {@code base} (its root URL) with the run's token. */
  LocalApiCalls(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The answer of {@code op} on 200, read as its answer type. */
  <B, A> A call(Op<B, A> op, B body, List<String> values, Map<String, String> query) {
    HttpResponse<InputStream> r = send(op, body, values, query);
    failUnlessOk(r);
    return parse(r, op.answer());
  }

  /**
   * Sends {@code op}: GET without a body, any other method with {@code body} as JSON.
   *
   * @param values fill the path's {@code {name}} segments in order
   */
  <B> HttpResponse<InputStream> send(
      Op<B, ?> op, B body, List<String> values, Map<String, String> query) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(op.uri(values, query)))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token);
    if (op.method().equals("GET")) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json")
          .method(
              op.method(), HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new StationException(
          "the running station at " + base + " did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StationException("interrupted while calling the running station", e);
    }
  }

  /** Throws the station's error message unless the answer is 200. */
  static void failUnlessOk(HttpResponse<InputStream> r) {
    if (r.statusCode() != 200) {
      String msg;
      try (InputStream in = r.body()) {
        JsonNode n = JSON.readTree(in);
        msg = n.has("error") ? n.get("error").asString() : n.toString();
      } catch (IOException | RuntimeException e) {
        msg = "HTTP " + r.statusCode();
      }
      throw new StationException(msg);
    }
  }

  static <T> T parse(HttpResponse<InputStream> r, Class<T> type) {
    try (InputStream in = r.body()) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new StationException("unreadable answer from the running station: " + e, e);
    }
  }
}
