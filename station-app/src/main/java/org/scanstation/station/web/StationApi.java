package org.scanstation.station.web;

import static org.scanstation.station.web.LocalApi.ACCEPT;
import static org.scanstation.station.web.LocalApi.BACKUP;
import static org.scanstation.station.web.LocalApi.COMPLETE;
import static org.scanstation.station.web.LocalApi.EXPORT;
import static org.scanstation.station.web.LocalApi.HEALTH;
import static org.scanstation.station.web.LocalApi.MANIFEST;
import static org.scanstation.station.web.LocalApi.MANIFESTS;
import static org.scanstation.station.web.LocalApi.MANIFEST_CLOSE;
import static org.scanstation.station.web.LocalApi.OUTBOX;
import static org.scanstation.station.web.LocalApi.OUTBOX_STATS;
import static org.scanstation.station.web.LocalApi.PARCEL;
import static org.scanstation.station.web.LocalApi.RECEIPT;
import static org.scanstation.station.web.LocalApi.REPRINT;
import static org.scanstation.station.web.LocalApi.RETRY;
import static org.scanstation.station.web.LocalApi.RETRY_ALL;
import static org.scanstation.station.web.LocalApi.SHIPMENTS;
import static org.scanstation.station.web.LocalApi.TRACK;
import static org.scanstation.station.web.LocalApi.UNSCANNED;
import static org.scanstation.station.web.LocalApi.VERIFY;
import static org.scanstation.station.web.LocalApi.VOID;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.common.Durations;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.OutboxEntry;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.receipts.ReceiptJson;

/**
 * The local JSON API: {@link StationOperations} over HTTP, for commands run while this station owns
 * the store, with the routes {@link LocalApi} defines (all under {@value LocalApi#BASE}, all
 * needing the run's bearer token): {@code GET health}; {@code POST accept}, {@code POST shipments},
 * {@code GET parcels/{key}}, {@code GET receipts/{key}} (the receipt file's text), {@code POST
 * reprints}, {@code POST voids} and {@code POST completions} (PIN in the body, never in a URL),
 * {@code POST manifests} (PIN in the body), {@code GET manifests?limit=}, {@code GET
 * manifests/{id}}, {@code GET export?from=ISO&to=ISO} (JSON lines, streamed), {@code GET verify},
 * {@code POST backups}, {@code GET outbox/stats}, {@code GET outbox?status=&limit=}, {@code POST
 * outbox/{eventId}/retry} and {@code POST outbox/retry-all}.
 *
 * <p>Bodies are bounded: a shipment batch by {@link BodyLimits#IMPORT} (8 MiB, two read at once),
 * every other body by {@link BodyLimits#SMALL} (4 KiB); larger ones get 413.
 */
public final class StationApi {
  private final StationOperations ops;

  /** Serves {@code ops}. */
  public StationApi(StationOperations ops) {
    this.ops = Objects.requireNonNull(ops, "ops");
  }

  /** Adds the API's routes to {@code routes}. */
  public void install(RouteTable.Builder routes) {
    routes.add(
        HEALTH.serve((ex, none) -> new LocalApi.Health("ok", ProcessHandle.current().pid())),
        ACCEPT.serve(
            (ex, b) ->
                ops.accept(
                    required(b.raw(), "raw"),
                    b.operatorId(),
                    b.scannerId() == null ? "api" : b.scannerId())),
        SHIPMENTS.serve(
            (ex, b) -> ops.importShipments(b.rows() == null ? List.of() : b.rows(), b.actor())),
        PARCEL.serve((ex, none) -> parcel(ex.parameter("key"))),
        TRACK.serve(
            (ex, none) ->
                ops.track(ex.parameter("key"))
                    .orElseThrow(
                        () -> new HttpError(404, "no accepted parcel " + ex.parameter("key")))),
        RECEIPT.route(
            ex ->
                ex.send(
                    200,
                    "application/json; charset=utf-8",
                    ReceiptJson.write(ops.receipt(ex.parameter("key")))
                        .getBytes(StandardCharsets.UTF_8))),
        UNSCANNED.serve((ex, none) -> ops.unscanned(olderThan(ex.query("older-than")))),
        REPRINT.serve((ex, b) -> ops.reprint(b)),
        VOID.serve((ex, b) -> ops.voidAcceptance(b)),
        COMPLETE.serve((ex, b) -> ops.complete(b)),
        MANIFEST_CLOSE.serve((ex, b) -> ops.closeManifest(b)),
        MANIFESTS.serve(
            (ex, none) -> ops.manifests(limit(ex.query("limit"))).toArray(ManifestSummary[]::new)),
        MANIFEST.serve(
            (ex, none) ->
                ops.manifest(ex.parameter("id"))
                    .orElseThrow(() -> new HttpError(404, "no manifest " + ex.parameter("id")))),
        EXPORT.route(this::export),
        VERIFY.serve((ex, none) -> ops.verify()),
        BACKUP.serve(
            (ex, b) ->
                new LocalApi.BackupMade(ops.backup(Path.of(required(b.dir(), "dir"))).toString())),
        OUTBOX_STATS.serve((ex, none) -> ops.outboxStats()),
        OUTBOX.serve(
            (ex, none) ->
                ops.outboxList(ex.query("status").orElse(null), limit(ex.query("limit"))).stream()
                    .toArray(OutboxEntry[]::new)),
        RETRY.serve(
            (ex, b) ->
                new LocalApi.RetriedOne(ops.outboxRetry(ex.parameter("eventId"), b.actor()))),
        RETRY_ALL.serve((ex, b) -> new LocalApi.RetriedAll(ops.outboxRetryAll(b.actor()))));
  }

  private static Duration olderThan(Optional<String> text) {
    try {
      return text.map(Durations::parse).orElse(Duration.ofHours(24));
    } catch (IllegalArgumentException e) {
      throw new HttpError(400, "older-than: " + e.getMessage());
    }
  }

  private ParcelView parcel(String key) {
    return ops.show(key).orElseThrow(() -> new HttpError(404, "no parcel " + key));
  }

  private void export(Exchange ex) throws IOException {
    Instant from;
    Instant to;
    try {
      from = Instant.parse(required(ex.query("from").orElse(null), "from"));
      to = Instant.parse(required(ex.query("to").orElse(null), "to"));
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
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private static int limit(Optional<String> v) {
    try {
      return v.isEmpty() ? 100 : Math.max(1, Math.min(10_000, Integer.parseInt(v.get())));
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
