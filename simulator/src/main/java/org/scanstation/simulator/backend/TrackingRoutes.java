package org.scanstation.simulator.backend;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scanstation.common.QueryString;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoints under {@code /tracking/2024-04/trackings} and {@code GET
 * /tracking/2024-04/last_checkpoint/{id}}: what each does to the store and what it answers. Only
 * {@code GET /trackings} takes query parameters ({@link TrackingQuery}); any other parameter, or
 * one given twice, is a 400 naming it. Faults, auth and rate limits are {@link TrackingApi}'s.
 * Thread-safe (the store is).
 */
final class TrackingRoutes {
  static final String BASE = "/tracking/2024-04/trackings";
  static final String LAST_CHECKPOINT = "/tracking/2024-04/last_checkpoint/";
  private static final Set<String> ONE_TRACKING =
      Set.of("GET ", "PUT ", "DELETE ", "POST retrack", "POST mark-as-completed");

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
    if (path.startsWith(LAST_CHECKPOINT) && path.length() > LAST_CHECKPOINT.length()) {
      return lastCheckpoint(method, path.substring(LAST_CHECKPOINT.length()), query);
    }
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
    return oneTracking(method + " " + action, id, query, body);
  }

  private Reply oneTracking(String request, String id, String query, String body) {
    if (!ONE_TRACKING.contains(request)) {
      throw notAllowed(request.substring(0, request.indexOf(' ')));
    }
    parameters(query, Set.of());
    return switch (request) {
      case "GET " -> ok(store.get(id, clock.instant()).toJson());
      case "PUT " -> ok(store.update(id, object(body), clock.instant()).toJson());
      case "DELETE " -> ok(store.delete(id, clock.instant()).toJson());
      case "POST retrack" -> ok(store.retrack(id, clock.instant()).toJson());
      case "POST mark-as-completed" ->
          ok(
              store
                  .complete(id, object(body).path("reason").asString(""), clock.instant())
                  .toJson());
      default -> throw new IllegalStateException(request);
    };
  }

  private Reply collection(String method, String query, String body) {
    return switch (method) {
      case "POST" -> {
        parameters(query, Set.of());
        yield new Reply(
            201, "Created", store.create(unwrap(object(body)), clock.instant()).toJson(), true);
      }
      case "GET" ->
          ok(
              TrackingQuery.of(parameters(query, TrackingQuery.PARAMETERS))
                  .page(store.all(clock.instant())));
      default -> throw notAllowed(method);
    };
  }

  /** The latest checkpoint (null when there is none yet) with the tracking's status. */
  private Reply lastCheckpoint(String method, String id, String query) {
    if (!method.equals("GET")) {
      throw notAllowed(method);
    }
    parameters(query, Set.of());
    Tracking t = store.get(id, clock.instant());
    ObjectNode data = json.createObjectNode();
    data.put("id", t.id());
    data.put("slug", t.slug());
    data.put("tracking_number", t.trackingNumber());
    data.put("tag", t.tag());
    data.put("subtag", t.subtag());
    List<Checkpoint> cps = t.checkpoints();
    if (cps.isEmpty()) {
      data.putNull("checkpoint");
    } else {
      cps.get(cps.size() - 1).writeTo(data.putObject("checkpoint"), t.slug());
    }
    return ok(data);
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

  /**
   * The parameters a route takes; AfterShip's other list filters (slug, keyword, created_at...) are
   * not simulated, so asking for them is an error rather than an answer that ignores them.
   */
  private static Map<String, String> parameters(String query, Set<String> allowed) {
    try {
      return QueryString.parse(query, allowed);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(400, e.getMessage() + ".");
    }
  }

  private static Reply ok(JsonNode data) {
    return new Reply(200, "OK", data, false);
  }

  private static ApiError notAllowed(String method) {
    return new ApiError(405, 405, "MethodNotAllowed", "Method " + method + " is not allowed here.");
  }
}
