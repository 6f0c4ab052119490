package org.scanstation.simulator.backend;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoints under {@code /tracking/2024-04/trackings}: what each does to the store and what it
 * answers. Faults, auth and rate limits are {@link TrackingApi}'s. Thread-safe (the store is).
 */
final class TrackingRoutes {
  static final String BASE = "/tracking/2024-04/trackings";

  /** A successful answer. */
  record Reply(int status, String type, JsonNode data, boolean created) {}

  private final TrackingStore store;
  private final Clock clock;
  private final JsonMapper json;

  TrackingRoutes(TrackingStore store, Clock clock, JsonMapper json) {
    this.store = store;
    this.clock = clock;
    this.json = json;
  }

  /** Routes a request; throws {@link ApiError} for every error answer. */
  Reply route(String method, String path, String query, String body) {
    if (!path.equals(BASE) && !path.startsWith(BASE + "/")) {
      throw new ApiError(404, 404, "NotFound", "The URI requested is invalid.");
    }
    String[] parts =
        Arrays.stream(path.substring(BASE.length()).split("/"))
            .filter(p -> !p.isEmpty())
            .toArray(String[]::new);
    if (parts.length == 0) {
      return collection(method, query, body);
    }
    String id = parts[0];
    String action = parts.length == 2 ? parts[1] : parts.length == 1 ? "" : null;
    if (action == null) {
      throw new ApiError(404, 404, "NotFound", "The URI requested is invalid.");
    }
    return switch (method + " " + action) {
      case "GET " -> ok(store.get(id).toJson());
      case "PUT " -> ok(store.update(id, object(body), clock.instant()).toJson());
      case "DELETE " -> ok(store.delete(id).toJson());
      case "POST retrack" -> ok(store.retrack(id, clock.instant()).toJson());
      case "POST mark-as-completed" ->
          ok(
              store
                  .complete(id, object(body).path("reason").asString(""), clock.instant())
                  .toJson());
      default -> throw notAllowed(method);
    };
  }

  private Reply collection(String method, String query, String body) {
    return switch (method) {
      case "POST" ->
          new Reply(
              201, "Created", store.create(unwrap(object(body)), clock.instant()).toJson(), true);
      case "GET" -> ok(list(param(query, "tracking_numbers")));
      default -> throw notAllowed(method);
    };
  }

  private JsonNode list(String numbers) {
    List<String> wanted =
        numbers.isBlank()
            ? List.of()
            : Arrays.stream(numbers.split(",")).map(String::strip).toList();
    List<Tracking> found = store.list(wanted);
    ObjectNode data = json.createObjectNode();
    ObjectNode page = data.putObject("pagination");
    page.put("total", found.size());
    page.putNull("next_cursor");
    page.put("has_next_page", false);
    ArrayNode trackings = data.putArray("trackings");
    found.forEach(t -> trackings.add(t.toJson()));
    return data;
  }

  /** Older clients wrap the fields in {@code {"tracking": {...}}}; 2024-04 posts them flat. */
  private static ObjectNode unwrap(ObjectNode body) {
    return body.get("tracking") instanceof ObjectNode inner ? inner : body;
  }

  private ObjectNode object(String body) {
    try {
      JsonNode n = json.readTree(body.isBlank() ? "{}" : body);
      if (n instanceof ObjectNode o) {
        return o;
      }
    } catch (JacksonException e) {
      // answered below
    }
    throw ApiError.badRequest(4001, "Invalid JSON data.");
  }

  private static String param(String query, String name) {
    if (query == null) {
      return "";
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static Reply ok(JsonNode data) {
    return new Reply(200, "OK", data, false);
  }

  private static ApiError notAllowed(String method) {
    return new ApiError(405, 405, "MethodNotAllowed", "Method " + method + " is not allowed here.");
  }
}
