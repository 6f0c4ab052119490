package org.scanstation.station.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.CompleteOutcome;
import org.scanstation.station.api.CompleteRequest;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.OutboxEntry;
import org.scanstation.station.api.OutboxReport;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.ProofRecord;
import org.scanstation.station.api.ReprintOutcome;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.UnscannedReport;
import org.scanstation.station.api.VoidOutcome;
import org.scanstation.station.api.VoidRequest;

/**
 * The local API's contract, written once: each operation of {@link StationOperations} as a method,
 * a path template under {@value #BASE}, the query parameters it takes, and its body and answer
 * types. {@link StationApi} serves these definitions and {@link StationApiClient} builds its
 * requests from them, so the two cannot drift apart. Every route needs the run's bearer token.
 */
final class LocalApi {
  /** Where the API lives. */
  static final String BASE = "/api/v1";

  /** An accept request. */
  record AcceptBody(String raw, String operatorId, String scannerId) {}

  /** An import batch. */
  record ImportBody(String actor, List<ShipmentRecord> rows) {}

  /** A backup request. */
  record BackupBody(String dir) {}

  /** Where a backup went. */
  record BackupMade(String path) {}

  /** Who asks, for the audit log. */
  record ActorBody(String actor) {}

  /** Whether one outbox entry was made due. */
  record RetriedOne(boolean retried) {}

  /** How many outbox entries were made due. */
  record RetriedAll(int retried) {}

  /** The station answers, and which process it is. */
  record Health(String status, long pid) {}

  /** No body. */
  record None() {}

  static final Op<None, Health> HEALTH = Op.get("/health", Health.class);
  static final Op<AcceptBody, AcceptOutcome> ACCEPT =
      Op.post("/accept", AcceptBody.class, AcceptOutcome.class);
  static final Op<ImportBody, ImportSummary> SHIPMENTS =
      Op.post("/shipments", ImportBody.class, ImportSummary.class).withBodyLimit(BodyLimits.IMPORT);
  static final Op<None, ParcelView> PARCEL = Op.get("/parcels/{key}", ParcelView.class);
  static final Op<None, ParcelTracking> TRACK = Op.get("/tracking/{key}", ParcelTracking.class);

  /** Answers the receipt file's text as it is: the JSON the station wrote, read back strictly. */
  static final Op<None, String> RECEIPT = Op.get("/receipts/{key}", String.class);

  static final Op<None, UnscannedReport> UNSCANNED =
      Op.get("/unscanned", UnscannedReport.class).withQuery("older-than");
  static final Op<ReprintRequest, ReprintOutcome> REPRINT =
      Op.post("/reprints", ReprintRequest.class, ReprintOutcome.class);
  static final Op<VoidRequest, VoidOutcome> VOID =
      Op.post("/voids", VoidRequest.class, VoidOutcome.class);
  static final Op<CompleteRequest, CompleteOutcome> COMPLETE =
      Op.post("/completions", CompleteRequest.class, CompleteOutcome.class);

  static final Op<ManifestCloseRequest, ManifestCloseOutcome> MANIFEST_CLOSE =
      Op.post("/manifests", ManifestCloseRequest.class, ManifestCloseOutcome.class);
  static final Op<None, ManifestSummary[]> MANIFESTS =
      Op.get("/manifests", ManifestSummary[].class).withQuery("limit");
  static final Op<None, ManifestView> MANIFEST = Op.get("/manifests/{id}", ManifestView.class);

  /** Answers JSON lines, one record each, streamed. */
  static final Op<None, ProofRecord> EXPORT =
      Op.get("/export", ProofRecord.class).withQuery("from", "to");

  static final Op<None, ChainReport> VERIFY = Op.get("/verify", ChainReport.class);
  static final Op<BackupBody, BackupMade> BACKUP =
      Op.post("/backups", BackupBody.class, BackupMade.class);
  static final Op<None, OutboxReport> OUTBOX_STATS = Op.get("/outbox/stats", OutboxReport.class);
  static final Op<None, OutboxEntry[]> OUTBOX =
      Op.get("/outbox", OutboxEntry[].class).withQuery("status", "limit");
  static final Op<ActorBody, RetriedOne> RETRY =
      Op.post("/outbox/{eventId}/retry", ActorBody.class, RetriedOne.class);
  static final Op<ActorBody, RetriedAll> RETRY_ALL =
      Op.post("/outbox/retry-all", ActorBody.class, RetriedAll.class);

  private LocalApi() {}

  /** Computes an operation's answer from the request's body ({@link None} for a GET). */
  @FunctionalInterface
  interface Answer<B, A> {
    A apply(Exchange exchange, B body) throws IOException;
  }

  /**
   * One operation.
   *
   * @param path the template below {@link #BASE}
   * @param body the request body's type, {@link None} when it has none
   */
  record Op<B, A>(
      String method,
      String path,
      Class<B> body,
      Class<A> answer,
      int bodyLimit,
      Set<String> query) {

    static <A> Op<None, A> get(String path, Class<A> answer) {
      return new Op<>("GET", path, None.class, answer, BodyLimits.SMALL, Set.of());
    }

    static <B, A> Op<B, A> post(String path, Class<B> body, Class<A> answer) {
      return new Op<>("POST", path, body, answer, BodyLimits.SMALL, Set.of());
    }

    Op<B, A> withQuery(String... names) {
      return new Op<>(method, path, body, answer, bodyLimit, Set.of(names));
    }

    Op<B, A> withBodyLimit(int max) {
      return new Op<>(method, path, body, answer, max, query);
    }

    /** The route serving this operation with {@code handler}, which writes the answer itself. */
    Route route(Route.Handler handler) {
      return new Route(method, BASE + path, Access.TOKEN, bodyLimit, query, handler);
    }

    /** The route serving this operation: {@code answer}'s result as JSON, status 200. */
    Route serve(Answer<B, A> answer) {
      return route(
          ex -> {
            B b = body == None.class ? body.cast(new None()) : ex.body(body);
            ex.json(200, answer.apply(ex, b));
          });
    }

    /**
     * The path and query of one request: {@code values} fill the {@code {name}} segments in order,
     * percent-encoded; query parameters with a null value are left out.
     *
     * @throws IllegalArgumentException when the values do not fit the template or a parameter is
     *     not one the operation takes
     */
    String uri(List<String> values, Map<String, String> parameters) {
      StringBuilder b = new StringBuilder(BASE);
      Iterator<String> next = values.iterator();
      for (String s : Route.segments(path)) {
        boolean fill = Route.isParameter(s);
        if (fill && !next.hasNext()) {
          throw new IllegalArgumentException("no value for " + s + " in " + path);
        }
        b.append('/').append(fill ? encode(next.next()) : s);
      }
      if (next.hasNext()) {
        throw new IllegalArgumentException("more values than " + path + " takes");
      }
      StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
      parameters.forEach(
          (k, v) -> {
            if (!query.contains(k)) {
              throw new IllegalArgumentException(path + " takes no query parameter " + k);
            }
            if (v != null) {
              q.add(encode(k) + "=" + encode(v));
            }
          });
      return b + q.toString();
    }

    private static String encode(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }
}
