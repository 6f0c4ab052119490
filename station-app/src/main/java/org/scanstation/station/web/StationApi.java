package org.scanstation.station.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.api.StationOperations;

/**
 * The local JSON API: {@link StationOperations} over HTTP, for commands run while this station owns
 * the store (and, later, the pages). Routes, all under {@value #BASE}:
 *
 * <ul>
 *   <li>{@code GET health}
 *   <li>{@code POST accept} {@code {"raw","operatorId","scannerId"}}
 *   <li>{@code POST shipments} {@code {"actor","rows":[...]}}
 *   <li>{@code GET parcels/{trackingNumberOrOrderId}}
 *   <li>{@code POST reprints} (PIN in the body, never in a URL)
 *   <li>{@code GET export?from=ISO&to=ISO} (JSON lines, streamed)
 *   <li>{@code GET verify}
 *   <li>{@code POST backups} {@code {"dir"}}
 *   <li>{@code GET outbox/stats}, {@code GET outbox?status=&limit=}
 *   <li>{@code POST outbox/{eventId}/retry}, {@code POST outbox/retry-all} {@code {"actor"}}
 * </ul>
 *
 * <p>Bodies are bounded: a shipment batch by {@link BodyLimits#IMPORT} (8 MiB, two read at once),
 * every other body by {@link BodyLimits#SMALL} (4 KiB); larger ones get 413.
 */
public final class StationApi {
  /** Where the API lives. */
  public static final String BASE = "/api/v1/";

  /** An accept request. */
  record AcceptBody(String raw, String operatorId, String scannerId) {}

  /** An import batch. */
  record ImportBody(String actor, List<ShipmentRecord> rows) {}

  /** A backup request. */
  record BackupBody(String dir) {}

  /** Who asks, for the audit log. */
  record ActorBody(String actor) {}

  private final StationOperations ops;

  /** Serves {@code ops}. */
  public StationApi(StationOperations ops) {
    this.ops = Objects.requireNonNull(ops, "ops");
  }

  /** Adds the API's routes to {@code server}. */
  public void install(ApiServer server) {
    server.route(BASE, this::handle);
  }

  private void handle(Exchange ex) throws IOException {
    String path = ex.pathAfter(BASE);
    String method = ex.method();
    if (method.equals("GET") && path.equals("health")) {
      ex.json(200, Map.of("status", "ok", "pid", ProcessHandle.current().pid()));
    } else if (method.equals("POST") && path.equals("accept")) {
      AcceptBody b = ex.body(AcceptBody.class, BodyLimits.SMALL);
      ex.json(
          200,
          ops.accept(
              required(b.raw(), "raw"),
              b.operatorId(),
              b.scannerId() == null ? "api" : b.scannerId()));
    } else if (method.equals("POST") && path.equals("shipments")) {
      ImportBody b = ex.body(ImportBody.class, BodyLimits.IMPORT);
      ex.json(200, ops.importShipments(b.rows() == null ? List.of() : b.rows(), b.actor()));
    } else if (method.equals("GET") && path.startsWith("parcels/")) {
      String key = path.substring("parcels/".length());
      Object view = ops.show(key).orElseThrow(() -> new HttpError(404, "no parcel " + key));
      ex.json(200, view);
    } else if (method.equals("POST") && path.equals("reprints")) {
      ex.json(200, ops.reprint(ex.body(ReprintRequest.class, BodyLimits.SMALL)));
    } else if (method.equals("GET") && path.equals("export")) {
      export(ex);
    } else if (method.equals("GET") && path.equals("verify")) {
      ex.json(200, ops.verify());
    } else if (method.equals("POST") && path.equals("backups")) {
      Path where =
          ops.backup(Path.of(required(ex.body(BackupBody.class, BodyLimits.SMALL).dir(), "dir")));
      ex.json(200, Map.of("path", where.toString()));
    } else if (method.equals("GET") && path.equals("outbox/stats")) {
      ex.json(200, ops.outboxStats());
    } else if (method.equals("GET") && path.equals("outbox")) {
      Map<String, String> q = ex.query();
      ex.json(200, ops.outboxList(q.get("status"), limit(q.get("limit"))));
    } else if (method.equals("POST") && path.equals("outbox/retry-all")) {
      ex.json(
          200,
          Map.of(
              "retried", ops.outboxRetryAll(ex.body(ActorBody.class, BodyLimits.SMALL).actor())));
    } else if (method.equals("POST") && path.startsWith("outbox/") && path.endsWith("/retry")) {
      String id = path.substring("outbox/".length(), path.length() - "/retry".length());
      ex.json(
          200,
          Map.of(
              "retried", ops.outboxRetry(id, ex.body(ActorBody.class, BodyLimits.SMALL).actor())));
    } else {
      throw new HttpError(404, "no route " + method + " " + BASE + path);
    }
  }

  private void export(Exchange ex) throws IOException {
    Map<String, String> q = ex.query();
    Instant from;
    Instant to;
    try {
      from = Instant.parse(required(q.get("from"), "from"));
      to = Instant.parse(required(q.get("to"), "to"));
    } catch (DateTimeParseException e) {
      throw new HttpError(400, "from and to must be ISO-8601 instants");
    }
    try (OutputStream out = ex.stream(200, "application/x-ndjson")) {
      ops.export(
          from,
          to,
          r -> {
            try {
              out.write(Exchange.JSON.writeValueAsBytes(r));
              out.write('\n');
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
  }

  private static int limit(String v) {
    try {
      return v == null ? 100 : Math.max(1, Math.min(10_000, Integer.parseInt(v)));
    } catch (NumberFormatException e) {
      throw new HttpError(400, "limit must be a number");
    }
  }

  private static String required(String v, String name) {
    if (v == null || v.isBlank()) {
      throw new HttpError(400, name + " is required");
    }
    return v;
  }
}
