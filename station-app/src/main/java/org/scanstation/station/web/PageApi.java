package org.scanstation.station.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.scanstation.label.LabelFormat;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.app.SupervisorPin;
import org.scanstation.station.sync.SyncJob;

/**
 * The JSON the pages use, under {@value #BASE}. The packer's routes need a signed-in operator; the
 * supervisor's need the PIN in the {@code X-Supervisor-Pin} header on every request, checked here
 * on the server; wrong PINs count against the client that sent them (its address and session, see
 * {@link SupervisorPin}), and a request without the header is refused without counting. Every POST
 * needs the {@code X-Station-Page} header, which a page on another site cannot send without this
 * server's consent (it never gives it). Bodies are at most {@link BodyLimits#SMALL}.
 */
public final class PageApi {
  /** Where the pages' API lives. */
  public static final String BASE = "/ui/";

  record SignIn(String operatorId) {}

  record ScanBody(String raw, String source) {}

  record ReprintBody(String trackingNumber, String reason, String operatorId, String printer) {}

  record ActorBody(String operatorId) {}

  private final LocalStation station;
  private final EventHub hub;
  private final Supplier<StationStatus> status;
  private final Optional<SyncJob> sync;
  private final Sessions sessions;
  private final Consumer<String> signedIn;

  /**
   * The pages' API over a running station's parts.
   *
   * @param signedIn told the operator who signs in on the packer page (blank on sign-out), whom
   *     scans from the station's scanners are recorded against
   */
  public PageApi(
      LocalStation station,
      EventHub hub,
      Supplier<StationStatus> status,
      Optional<SyncJob> sync,
      Consumer<String> signedIn,
      Clock clock) {
    this.signedIn = Objects.requireNonNull(signedIn, "signedIn");
    this.station = Objects.requireNonNull(station, "station");
    this.hub = Objects.requireNonNull(hub, "hub");
    this.status = Objects.requireNonNull(status, "status");
    this.sync = Objects.requireNonNull(sync, "sync");
    this.sessions = new Sessions(clock);
  }

  /** Adds the routes to {@code server}. */
  public void install(ApiServer server) {
    server.route(BASE, this::handle);
  }

  private void handle(Exchange ex) throws IOException {
    String path = ex.pathAfter(BASE);
    String method = ex.method();
    if (method.equals("POST") && !"1".equals(ex.header("X-Station-Page"))) {
      throw new HttpError(403, "missing X-Station-Page header");
    }
    if (method.equals("GET") && path.equals("events")) {
      hub.subscribe(ex);
    } else if (method.equals("GET") && path.equals("state")) {
      ex.json(
          200,
          Map.of(
              "operatorId",
              operator(ex).orElse(""),
              "recent",
              hub.recent(),
              "counters",
              hub.counters(),
              "health",
              status.get()));
    } else if (path.equals("session")) {
      session(ex, method);
    } else if (method.equals("POST") && path.equals("scan")) {
      scan(ex);
    } else if (path.startsWith("supervisor/")) {
      supervisor(ex, method, path.substring("supervisor/".length()));
    } else {
      throw new HttpError(404, "no route " + method + " " + BASE + path);
    }
  }

  private Optional<String> operator(Exchange ex) {
    return sessions.operator(ex.header("Cookie"));
  }

  /** The remote address and, when signed in, the session: what wrong PINs count against. */
  private SupervisorPin.Client client(Exchange ex) {
    String address = ex.http().getRemoteAddress().getAddress().getHostAddress();
    return new SupervisorPin.Client(address, sessions.token(ex.header("Cookie")).orElse(""));
  }

  private void session(Exchange ex, String method) throws IOException {
    if (method.equals("POST")) {
      String id = ex.body(SignIn.class, BodyLimits.SMALL).operatorId();
      String op = id == null ? "" : id.strip();
      if (!AcceptanceService.isValidOperator(op)) {
        throw new HttpError(400, "operator id: 1-64 letters, digits or . _ @ -");
      }
      ex.http().getResponseHeaders().add("Set-Cookie", sessions.signIn(op));
      signedIn.accept(op);
      ex.json(200, Map.of("operatorId", op));
    } else if (method.equals("DELETE")) {
      if (operator(ex).isPresent()) {
        signedIn.accept("");
      }
      ex.http().getResponseHeaders().add("Set-Cookie", sessions.signOut(ex.header("Cookie")));
      ex.json(200, Map.of("operatorId", ""));
    } else {
      ex.json(200, Map.of("operatorId", operator(ex).orElse("")));
    }
  }

  private void scan(Exchange ex) throws IOException {
    String op = operator(ex).orElseThrow(() -> new HttpError(401, "sign in first"));
    ScanBody b = ex.body(ScanBody.class, BodyLimits.SMALL);
    if (b.raw() == null) {
      throw new HttpError(400, "raw is required");
    }
    String source = "typed".equals(b.source()) ? "page-typed" : "page-wedge";
    ex.json(200, station.accept(b.raw(), op, source));
  }

  private void supervisor(Exchange ex, String method, String path) throws IOException {
    String actor =
        Optional.ofNullable(ex.header("X-Supervisor-Id"))
            .filter(AcceptanceService::isValidOperator)
            .orElse("supervisor");
    SupervisorPin.Client client = client(ex);
    station.checkSupervisor(ex.header("X-Supervisor-Pin"), actor, client);
    if (method.equals("POST") && path.equals("check")) {
      ex.json(200, Map.of("ok", true));
    } else if (method.equals("GET") && path.startsWith("parcels/") && path.endsWith("/label.png")) {
      String key = path.substring("parcels/".length(), path.length() - "/label.png".length());
      byte[] png =
          station
              .labelPreview(key, LabelFormat.PNG)
              .orElseThrow(() -> new HttpError(404, "no label for " + key));
      ex.send(200, "image/png", png);
    } else if (method.equals("GET") && path.startsWith("parcels/")) {
      String key = path.substring("parcels/".length());
      ex.json(
          200, station.show(key).orElseThrow(() -> new HttpError(404, "nothing found for " + key)));
    } else if (method.equals("POST") && path.equals("reprints")) {
      ReprintBody b = ex.body(ReprintBody.class, BodyLimits.SMALL);
      ex.json(
          200,
          station.reprint(
              new ReprintRequest(
                  b.trackingNumber(),
                  b.reason(),
                  actor,
                  ex.header("X-Supervisor-Pin"),
                  b.printer()),
              client));
    } else if (method.equals("GET") && path.equals("outbox")) {
      String st = ex.query().get("status");
      ex.json(
          200,
          Map.of(
              "stats",
              station.outboxStats(),
              "entries",
              station.outboxList(st == null || st.isBlank() ? null : st, 200)));
    } else if (method.equals("POST") && path.equals("outbox/retry-all")) {
      int n = station.outboxRetryAll(actor);
      sync.ifPresent(SyncJob::wake);
      ex.json(200, Map.of("retried", n));
    } else if (method.equals("POST") && path.startsWith("outbox/") && path.endsWith("/retry")) {
      String id = path.substring("outbox/".length(), path.length() - "/retry".length());
      boolean done = station.outboxRetry(id, actor);
      sync.ifPresent(SyncJob::wake);
      ex.json(200, Map.of("retried", done));
    } else if (method.equals("POST") && path.equals("sync/resume")) {
      sync.ifPresent(SyncJob::resume);
      ex.json(200, Map.of("resumed", sync.isPresent()));
    } else if (method.equals("GET") && path.equals("audit")) {
      ex.json(200, station.audit(200));
    } else {
      throw new HttpError(404, "no route " + method + " " + BASE + "supervisor/" + path);
    }
  }
}
