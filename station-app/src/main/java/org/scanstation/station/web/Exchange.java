package org.scanstation.station.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers around one {@link HttpExchange}: bounded JSON bodies, query, JSON answers. */
final class Exchange {
  static final JsonMapper JSON = JsonMapper.shared();
  private static final int MAX_BODY = 16 * 1024 * 1024;

  private final HttpExchange http;

  Exchange(HttpExchange http) {
    this.http = http;
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

  /** The body as {@code type}; 400 when it is not valid JSON of that shape, 413 when too big. */
  <T> T body(Class<T> type) throws IOException {
    try (InputStream in = http.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new HttpError(413, "request body over " + MAX_BODY + " bytes");
      }
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
