package org.scanstation.station.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small helpers around one {@link HttpExchange}: JSON bodies bounded per route, query, JSON
 * answers.
 */
final class Exchange {
  static final JsonMapper JSON = JsonMapper.shared();

  private final HttpExchange http;
  private final BodyLimits limits;
  private boolean detached;

  Exchange(HttpExchange http, BodyLimits limits) {
    this.http = http;
    this.limits = limits;
  }

  /** Keeps the exchange open after the handler returns: someone else now writes and closes it. */
  void detach() {
    detached = true;
  }

  boolean detached() {
    return detached;
  }

  HttpExchange http() {
    return http;
  }

  String method() {
    return http.getRequestMethod();
  }

  /** The path below {@code prefix}, URL-decoded. */
  String pathAfter(String prefix) {
    String p = http.getRequestURI().getRawPath();
    return URLDecoder.decode(
        p.substring(Math.min(prefix.length(), p.length())), StandardCharsets.UTF_8);
  }

  Map<String, String> query() {
    Map<String, String> q = new HashMap<>();
    String raw = http.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        q.put(
            URLDecoder.decode(k, StandardCharsets.UTF_8),
            URLDecoder.decode(v, StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  /**
   * The body as {@code type}, read whole (at most {@code maxBytes}, see {@link BodyLimits}) before
   * it is parsed; 400 when it is not valid JSON of that shape, 413 when too big.
   */
  <T> T body(Class<T> type, int maxBytes) throws IOException {
    byte[] bytes = limits.read(http, maxBytes);
    try {
      return JSON.readValue(bytes, type);
    } catch (JacksonException e) {
      throw new HttpError(400, "request body is not valid: " + e.getOriginalMessage());
    }
  }

  void json(int status, Object value) throws IOException {
    send(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
  }

  void send(int status, String contentType, byte[] bytes) throws IOException {
    http.getResponseHeaders().set("Content-Type", contentType);
    http.getResponseHeaders().set("Cache-Control", "no-store");
    http.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Starts a streamed (chunked) answer; the caller writes and closes the stream. */
  OutputStream stream(int status, String contentType) throws IOException {
    http.getResponseHeaders().set("Content-Type", contentType);
    http.getResponseHeaders().set("Cache-Control", "no-store");
    http.sendResponseHeaders(status, 0);
    return http.getResponseBody();
  }
}
