package org.scanstation.station.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.scanstation.station.StationException;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.OutboxEntry;
import org.scanstation.station.api.OutboxReport;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.ProofRecord;
import org.scanstation.station.api.ReprintOutcome;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.api.StationOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link StationOperations} through a running station's local API: what commands use while a
 * station owns the store. Thread-safe.
 */
public final class StationApiClient implements StationOperations {
  private static final JsonMapper JSON = JsonMapper.shared();

  private final URI base;
  private final String token;
  private final long pid;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** A client for the station at {@code url} (its base URL) with the run's token. */
  public StationApiClient(String url, String token, long pid) {
    this.base = URI.create(url).resolve(StationApi.BASE);
    this.token = token;
    this.pid = pid;
  }

  /** Whether the station answers its health check. */
  public boolean reachable() {
    try {
      return send(get("health"), InputStream.class).statusCode() == 200;
    } catch (StationException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    return "used the running station (pid "
        + pid
        + ") through its local API at "
        + base.resolve("/");
  }

  @Override
  public AcceptOutcome accept(String raw, String operatorId, String scannerId) {
    return call(
        post(
            "accept",
            Map.of("raw", raw, "operatorId", String.valueOf(operatorId), "scannerId", scannerId)),
        AcceptOutcome.class);
  }

  @Override
  public ImportSummary importShipments(List<ShipmentRecord> rows, String actor) {
    return call(post("shipments", Map.of("actor", actor, "rows", rows)), ImportSummary.class);
  }

  @Override
  public Optional<ParcelView> show(String key) {
    HttpResponse<InputStream> r = send(get("parcels/" + encode(key)), InputStream.class);
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    return Optional.of(parse(r, ParcelView.class));
  }

  @Override
  public ReprintOutcome reprint(ReprintRequest request) {
    return call(post("reprints", request), ReprintOutcome.class);
  }

  @Override
  public void export(Instant from, Instant to, Consumer<ProofRecord> sink) {
    HttpResponse<InputStream> r =
        send(
            get("export?from=" + encode(from.toString()) + "&to=" + encode(to.toString())),
            InputStream.class);
    failUnlessOk(r);
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (!line.isBlank()) {
          sink.accept(JSON.readValue(line, ProofRecord.class));
        }
      }
    } catch (IOException e) {
      throw new StationException("export from the running station broke off: " + e, e);
    }
  }

  @Override
  public ChainReport verify() {
    return call(get("verify"), ChainReport.class);
  }

  @Override
  public Path backup(Path dir) {
    JsonNode n =
        call(post("backups", Map.of("dir", dir.toAbsolutePath().toString())), JsonNode.class);
    return Path.of(n.get("path").asString());
  }

  @Override
  public OutboxReport outboxStats() {
    return call(get("outbox/stats"), OutboxReport.class);
  }

  @Override
  public List<OutboxEntry> outboxList(String status, int limit) {
    String q = "outbox?limit=" + limit + (status == null ? "" : "&status=" + encode(status));
    return List.of(call(get(q), OutboxEntry[].class));
  }

  @Override
  public boolean outboxRetry(String eventId, String actor) {
    return call(
            post("outbox/" + encode(eventId) + "/retry", Map.of("actor", actor)), JsonNode.class)
        .get("retried")
        .asBoolean();
  }

  @Override
  public int outboxRetryAll(String actor) {
    return call(post("outbox/retry-all", Map.of("actor", actor)), JsonNode.class)
        .get("retried")
        .asInt();
  }

  @Override
  public void close() {
    // HttpClient on Java 17 has nothing to close
  }

  private HttpRequest get(String path) {
    return request(path).GET().build();
  }

  private HttpRequest post(String path, Object body) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
        .build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + token);
  }

  private <T> T call(HttpRequest req, Class<T> type) {
    HttpResponse<InputStream> r = send(req, InputStream.class);
    failUnlessOk(r);
    return parse(r, type);
  }

  private <T> HttpResponse<T> send(HttpRequest req, Class<T> ignored) {
    try {
      @SuppressWarnings("unchecked")
      HttpResponse<T> r =
          (HttpResponse<T>) http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      return r;
    } catch (IOException e) {
      throw new StationException(
          "the running station at " + base.resolve("/") + " did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StationException("interrupted while calling the running station", e);
    }
  }

  private static void failUnlessOk(HttpResponse<InputStream> r) {
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

  private static <T> T parse(HttpResponse<InputStream> r, Class<T> type) {
    try (InputStream in = r.body()) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new StationException("unreadable answer from the running station: " + e, e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
