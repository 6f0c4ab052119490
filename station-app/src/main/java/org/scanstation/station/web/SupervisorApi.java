package org.scanstation.station.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.scanstation.common.Durations;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.api.CompleteRequest;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.PinClient;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.SupervisorOperations;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.receipts.ReceiptJson;
import org.scanstation.station.sync.SyncJob;

/**
 * The supervisor page's JSON, under {@value #BASE}. Every route needs the PIN in the {@code
 * X-Supervisor-Pin} header, checked on the server before the handler runs; wrong PINs count against
 * the client that sent them (its address and page session, a {@link PinClient}), and a request
 * without the header is refused without counting. Thread-safe.
 */
final class SupervisorApi {
  static final String BASE = "/ui/supervisor";
  private static final Duration DAY = Duration.ofHours(24);

  record ReprintBody(String trackingNumber, String reason, String operatorId, String printer) {}

  record VoidBody(String trackingNumber, String reason) {}

  record CompleteBody(String trackingNumber, String as, String reason) {}

  record ManifestBody(String date, String originZip, String amends, String reason) {}

  private final StationOperations station;
  private final SupervisorOperations supervisor;
  private final Optional<SyncJob> sync;
  private final Sessions sessions;

  SupervisorApi(
      StationOperations station,
      SupervisorOperations supervisor,
      Optional<SyncJob> sync,
      Sessions sessions) {
    this.station = station;
    this.supervisor = supervisor;
    this.sync = sync;
    this.sessions = sessions;
  }

  void install(RouteTable.Builder routes) {
    routes
        .guard(Access.SUPERVISOR, this::checkPin)
        .add(
            post("/check", ex -> ex.json(200, Map.of("ok", true))),
            get("/overview", this::overview),
            get("/parcels/{key}", this::parcel),
            get("/parcels/{key}/label.png", this::label),
            get("/parcels/{key}/tracking", this::tracking),
            get("/parcels/{key}/receipt.json", this::receipt),
            get("/unscanned", this::unscanned).withQuery("older-than"),
            post("/reprints", this::reprint),
            post("/voids", this::voidAcceptance),
            post("/completions", this::complete),
            post("/manifests", this::closeManifest),
            get("/manifests", ex -> ex.json(200, station.manifests(200))),
            get("/outbox", this::outbox).withQuery("status"),
            post("/outbox/retry-all", this::retryAll),
            post("/outbox/{eventId}/retry", this::retry),
            post("/sync/resume", this::resume),
            get("/audit", ex -> ex.json(200, supervisor.audit(200))));
  }

  private static Route get(String path, Route.Handler handler) {
    return Route.of("GET", BASE + path, Access.SUPERVISOR, handler);
  }

  private static Route post(String path, Route.Handler handler) {
    return Route.of("POST", BASE + path, Access.SUPERVISOR, handler);
  }

  private void checkPin(Exchange ex) {
    supervisor.checkPin(ex.header("X-Supervisor-Pin"), actor(ex), client(ex));
  }

  /** Who the supervisor says they are, for the audit log. */
  private static String actor(Exchange ex) {
    return Optional.ofNullable(ex.header("X-Supervisor-Id"))
        .filter(AcceptanceService::isValidOperator)
        .orElse("supervisor");
  }

  /** The remote address and, when signed in, the session: what wrong PINs count against. */
  private PinClient client(Exchange ex) {
    String address = ex.http().getRemoteAddress().getAddress().getHostAddress();
    return new PinClient(address, sessions.token(ex.header("Cookie")).orElse(""));
  }

  /** The shift at a glance: today's scans and the outbox; the devices come with the health. */
  private void overview(Exchange ex) throws IOException {
    ex.json(200, Map.of("shift", supervisor.shift(), "outbox", station.outboxStats()));
  }

  private void parcel(Exchange ex) throws IOException {
    String key = ex.parameter("key");
    ex.json(
        200, station.show(key).orElseThrow(() -> new HttpError(404, "nothing found for " + key)));
  }

  private void label(Exchange ex) throws IOException {
    String key = ex.parameter("key");
    byte[] png =
        supervisor.labelPng(key).orElseThrow(() -> new HttpError(404, "no label for " + key));
    ex.send(200, "image/png", png);
  }

  private void tracking(Exchange ex) throws IOException {
    String key = ex.parameter("key");
    ex.json(
        200,
        station
            .track(key)
            .orElseThrow(() -> new HttpError(404, "no accepted parcel " + key + " to track")));
  }

  /**
   * The parcel's signed receipt as a file to save (the same text {@code station receipt} writes);
   * 400 saying why when it has none (e.g. not on a closed manifest yet).
   */
  private void receipt(Exchange ex) throws IOException {
    byte[] text =
        ReceiptJson.write(station.receipt(ex.parameter("key"))).getBytes(StandardCharsets.UTF_8);
    // the name is fixed: the tracking number in the URL is the caller's text, never a header's
    ex.http().getResponseHeaders().set("Content-Disposition", "attachment; filename=receipt.json");
    ex.send(200, "application/json; charset=utf-8", text);
  }

  /** The label-to-scan gap; {@code older-than} in the station's duration format, 24h if absent. */
  private void unscanned(Exchange ex) throws IOException {
    Duration olderThan = ex.query("older-than").map(SupervisorApi::olderThan).orElse(DAY);
    ex.json(200, station.unscanned(olderThan));
  }

  private static Duration olderThan(String text) {
    try {
      return Durations.parsePositive(text);
    } catch (IllegalArgumentException e) {
      throw new HttpError(400, "older-than: " + e.getMessage());
    }
  }

  private void reprint(Exchange ex) throws IOException {
    ReprintBody b = ex.body(ReprintBody.class);
    ReprintRequest r =
        new ReprintRequest(
            b.trackingNumber(), b.reason(), actor(ex), ex.header("X-Supervisor-Pin"), b.printer());
    ex.json(200, supervisor.reprint(r, client(ex)));
  }

  private void voidAcceptance(Exchange ex) throws IOException {
    VoidBody b = ex.body(VoidBody.class);
    VoidRequest r =
        new VoidRequest(b.trackingNumber(), b.reason(), actor(ex), ex.header("X-Supervisor-Pin"));
    ex.json(200, supervisor.voidAcceptance(r, client(ex)));
  }

  private void complete(Exchange ex) throws IOException {
    CompleteBody b = ex.body(CompleteBody.class);
    CompleteRequest r =
        new CompleteRequest(
            b.trackingNumber(), b.as(), b.reason(), actor(ex), ex.header("X-Supervisor-Pin"));
    ex.json(200, supervisor.complete(r, client(ex)));
  }

  private void closeManifest(Exchange ex) throws IOException {
    ManifestBody b = ex.body(ManifestBody.class);
    ManifestCloseRequest r =
        new ManifestCloseRequest(
            b.date(),
            b.originZip(),
            b.amends(),
            b.reason(),
            actor(ex),
            ex.header("X-Supervisor-Pin"));
    ex.json(200, supervisor.closeManifest(r, client(ex)));
  }

  private void outbox(Exchange ex) throws IOException {
    String status = ex.query("status").filter(s -> !s.isBlank()).orElse(null);
    ex.json(
        200, Map.of("stats", station.outboxStats(), "entries", station.outboxList(status, 200)));
  }

  private void retryAll(Exchange ex) throws IOException {
    int n = station.outboxRetryAll(actor(ex));
    sync.ifPresent(SyncJob::wake);
    ex.json(200, Map.of("retried", n));
  }

  private void retry(Exchange ex) throws IOException {
    boolean done = station.outboxRetry(ex.parameter("eventId"), actor(ex));
    sync.ifPresent(SyncJob::wake);
    ex.json(200, Map.of("retried", done));
  }

  private void resume(Exchange ex) throws IOException {
    sync.ifPresent(SyncJob::resume);
    ex.json(200, Map.of("resumed", sync.isPresent()));
  }
}
