package org.scanstation.station.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small helpers around one {@link HttpExchange} and the {@link Route} it matched: the path's {@code
 * {name}} values, the query, JSON bodies bounded per route, JSON answers. Used by one thread.
 */
final class Exchange {
  /** Writes answers (and reads nothing from clients). */
  static final JsonMapper JSON = JsonMapper.shared();

  /** Reads request bodies: a field the body type does not have is an error, not ignored. */
  private static final JsonMapper STRICT =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final HttpExchange http;
  private final BodyLimits limits;
  private Route route;
  private Map<String, String> parameters = Map.of();
  private Map<String, String> query = Map.of();
  private boolean detached;

  Exchange(HttpExchange http, BodyLimits limits) {
    this.http = http;
    this.limits = limits;
  }

  /** Binds the matched route, its {@code {name}} values and the parsed query. */
  void matched(Route route, Map<String, String> parameters, Map<String, String> query) {
    this.route = route;
    this.parameters = Map.copyOf(parameters);
    this.query = Map.copyOf(query);
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

  /** The decoded value of the route's {@code {name}} segment. */
  String parameter(String name) {
    String v = parameters.get(name);
    if (v == null) {
      throw new IllegalStateException(route + " has no {" + name + "}");
    }
    return v;
  }

  /** A query parameter the route declared, if the request gave it. */
  Optional<String> query(String name) {
    if (route != null && !route.query().contains(name)) {
      throw new IllegalStateException(route + " does not declare query parameter " + name);
    }
    return Optional.ofNullable(query.get(name));
  }

  String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  /**
   * The body as {@code type}, read whole (at most the route's bound, see {@link BodyLimits}) before
   * it is parsed; 400 when it is not valid JSON of that shape or has a field {@code type} lacks,
   * 413 when too big.
   */
  <T> T body(Class<T> type) throws IOException {
    byte[] bytes = limits.read(http, route.bodyLimit());
    T value;
    try {
      value = STRICT.readValue(bytes, type);
    } catch (UnrecognizedPropertyException e) {
      throw new HttpError(400, unknownField(e));
    } catch (JacksonException e) {
      throw new HttpError(400, "request body is not valid: " + e.getOriginalMessage());
    }
    if (value == null) {
      throw new HttpError(400, "request body is required");
    }
    return value;
  }

  private static String unknownField(UnrecognizedPropertyException e) {
    String known =
        e.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "unknown field '"
        + e.getPropertyName()
        + "' in the body; expected: "
        + (known.isEmpty() ? "no fields" : known);
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
