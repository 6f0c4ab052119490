package org.scanstation.station.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.api.SupervisorOperations;
import org.scanstation.station.documents.ManifestDocuments;
import org.scanstation.station.sync.SyncJob;

/**
 * The JSON the pages use, under {@code /ui/}: the packer's routes here ({@code events}, {@code
 * state}, {@code session}, {@code scan}), the supervisor's in {@link SupervisorApi}. Scanning needs
 * a signed-in operator (401 otherwise); every POST needs the {@code X-Station-Page} header, which a
 * page on another site cannot send without this server's consent (it never gives it). Bodies are at
 * most {@link BodyLimits#SMALL}. Thread-safe.
 */
public final class PageApi {
  record SignIn(String operatorId) {}

  record ScanBody(String raw, String source) {}

  private final StationOperations station;
  private final SupervisorApi supervisor;
  private final EndOfDayApi endOfDay;
  private final EventHub hub;
  private final Supplier<StationStatus> status;
  private final Sessions sessions;
  private final Consumer<String> signedIn;

  /**
   * The pages' API over a running station's parts.
   *
   * @param supervisor the PIN-checked actions of the supervisor's page
   * @param documents the manifest documents the supervisor page downloads
   * @param signedIn told the operator who signs in on the packer page (blank on sign-out), whom
   *     scans from the station's scanners are recorded against
   */
  public PageApi(
      StationOperations station,
      SupervisorOperations supervisor,
      ManifestDocuments documents,
      EventHub hub,
      Supplier<StationStatus> status,
      Optional<SyncJob> sync,
      Consumer<String> signedIn,
      Clock clock) {
    this.station = Objects.requireNonNull(station, "station");
    this.hub = Objects.requireNonNull(hub, "hub");
    this.status = Objects.requireNonNull(status, "status");
    this.signedIn = Objects.requireNonNull(signedIn, "signedIn");
    this.sessions = new Sessions(clock);
    this.supervisor = new SupervisorApi(station, supervisor, sync, sessions);
    this.endOfDay = new EndOfDayApi(station, supervisor, documents);
  }

  /** Adds the pages' API, and the checks of its packer and supervisor routes, to {@code routes}. */
  public void install(RouteTable.Builder routes) {
    routes
        .guard(Access.PACKER, ex -> operator(ex))
        .add(
            Route.of("GET", "/ui/events", Access.PAGE, hub::subscribe),
            Route.of("GET", "/ui/state", Access.PAGE, this::state),
            Route.of("GET", "/ui/session", Access.PAGE, this::session),
            Route.of("POST", "/ui/session", Access.PAGE, this::signIn),
            Route.of("DELETE", "/ui/session", Access.PAGE, this::signOut),
            Route.of("POST", "/ui/scan", Access.PACKER, this::scan));
    supervisor.install(routes);
    endOfDay.install(routes);
  }

  /** The signed-in operator; 401 without one. */
  private String operator(Exchange ex) {
    return sessions
        .operator(ex.header("Cookie"))
        .orElseThrow(() -> new HttpError(401, "sign in first"));
  }

  private void state(Exchange ex) throws IOException {
    ex.json(
        200,
        Map.of(
            "operatorId",
            sessions.operator(ex.header("Cookie")).orElse(""),
            "recent",
            hub.recent(),
            "counters",
            hub.counters(),
            "health",
            status.get()));
  }

  private void session(Exchange ex) throws IOException {
    ex.json(200, Map.of("operatorId", sessions.operator(ex.header("Cookie")).orElse("")));
  }

  private void signIn(Exchange ex) throws IOException {
    String id = ex.body(SignIn.class).operatorId();
    String op = id == null ? "" : id.strip();
    if (!AcceptanceService.isValidOperator(op)) {
      throw new HttpError(400, "operator id: 1-64 letters, digits or . _ @ -");
    }
    ex.http().getResponseHeaders().add("Set-Cookie", sessions.signIn(op));
    signedIn.accept(op);
    ex.json(200, Map.of("operatorId", op));
  }

  private void signOut(Exchange ex) throws IOException {
    if (sessions.operator(ex.header("Cookie")).isPresent()) {
      signedIn.accept("");
    }
    ex.http().getResponseHeaders().add("Set-Cookie", sessions.signOut(ex.header("Cookie")));
    ex.json(200, Map.of("operatorId", ""));
  }

  private void scan(Exchange ex) throws IOException {
    String op = operator(ex);
    ScanBody b = ex.body(ScanBody.class);
    if (b.raw() == null) {
      throw new HttpError(400, "raw is required");
    }
    String source = "typed".equals(b.source()) ? "page-typed" : "page-wedge";
    ex.json(200, station.accept(b.raw(), op, source));
  }
}
