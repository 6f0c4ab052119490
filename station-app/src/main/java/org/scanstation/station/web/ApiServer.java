package org.scanstation.station.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.scanstation.common.DaemonThreads;
import org.scanstation.common.QueryString;
import org.scanstation.station.StationException;
import org.scanstation.station.api.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's one HTTP server (the JDK's: it starts in a fraction of a second), serving one
 * {@link RouteTable}. Every request goes the same way: the {@code Host} and {@code Origin} headers
 * must name this station ({@link AllowedHosts}: 421 or 403 otherwise); the table finds the route
 * (404, or 405 with {@code Allow}); the route's {@link Access} is checked (page header, signed-in
 * packer, supervisor PIN or the run's bearer token); its query parameters are parsed ({@link
 * QueryString}: an unknown or repeated one is 400); then its handler runs, reading bodies within
 * the route's bound ({@link BodyLimits}). Errors are exceptions mapped to a status and a JSON body
 * in one place here. Thread-safe.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] token;
  private final AllowedHosts hosts;
  private final BodyLimits limits = new BodyLimits();
  private volatile RouteTable table;

  private ApiServer(HttpServer server, ExecutorService executor, String token, AllowedHosts hosts) {
    this.server = server;
    this.executor = executor;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.hosts = hosts.with(server.getAddress().getAddress());
  }

  /**
   * Binds {@code bind:port} (0 picks a free port) without starting.
   *
   * @param allowedHosts {@code http.allowed-hosts}: more names to answer to, comma-separated
   * @throws StationException naming the address when it cannot be bound, or the setting when a name
   *     in it is malformed
   */
  public static ApiServer bind(String bind, int port, String token, String allowedHosts) {
    Objects.requireNonNull(token, "token");
    AllowedHosts hosts = AllowedHosts.of(bind, allowedHosts);
    // Without TCP_NODELAY every answer waits ~40 ms for the client's delayed ACK. The JDK reads
    // this once, when its first HttpServer starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
      ExecutorService executor = Executors.newFixedThreadPool(8, DaemonThreads.named("http"));
      server.setExecutor(executor);
      return new ApiServer(server, executor, token, hosts);
    } catch (IOException e) {
      throw new StationException(
          "cannot listen on "
              + bind
              + ":"
              + port
              + ": "
              + e.getMessage()
              + " (is another station or program using the port? set http.port)",
          e);
    }
  }

  /** Starts serving {@code routes}; call once. */
  public ApiServer start(RouteTable routes) {
    this.table = Objects.requireNonNull(routes, "routes");
    server.createContext("/", http -> dispatch(new Exchange(http, limits)));
    server.start();
    return this;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public URI url() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getHostString();
    return URI.create("http://" + host + ":" + a.getPort());
  }

  private void dispatch(Exchange ex) throws IOException {
    try {
      hosts.check(ex);
      RouteTable.Found found = find(ex);
      Route route = found.route();
      admit(route.access(), ex);
      ex.matched(route, found.parameters(), query(route, ex));
      route.handler().handle(ex);
    } catch (HttpError e) {
      ex.json(e.status(), Map.of("error", e.getMessage()));
    } catch (StationException e) {
      ex.json(e instanceof AccessRefused ? 403 : 400, Map.of("error", e.getMessage()));
    } catch (RuntimeException e) {
      log.error("{} {} failed", ex.method(), ex.http().getRequestURI().getPath(), e);
      ex.json(500, Map.of("error", "internal error; see the station's log"));
    } finally {
      if (!ex.detached()) {
        ex.http().close();
      }
    }
  }

  private RouteTable.Found find(Exchange ex) {
    String path = ex.http().getRequestURI().getRawPath();
    RouteTable.Match m = table.match(ex.method(), path);
    if (m instanceof RouteTable.Found f) {
      return f;
    }
    if (m instanceof RouteTable.WrongMethod w) {
      String allow = String.join(", ", w.allowed());
      ex.http().getResponseHeaders().set("Allow", allow);
      throw new HttpError(405, ex.method() + " is not allowed on " + path + "; use " + allow);
    }
    throw new HttpError(404, "no route " + ex.method() + " " + path);
  }

  private void admit(Access access, Exchange ex) {
    if (access == Access.TOKEN && !authorised(ex)) {
      throw new HttpError(401, "missing or wrong bearer token for the local API");
    }
    if (access.fromPage()
        && ex.method().equals("POST")
        && !"1".equals(ex.header("X-Station-Page"))) {
      throw new HttpError(403, "missing X-Station-Page header");
    }
    table.guard(access).ifPresent(g -> g.admit(ex));
  }

  private static Map<String, String> query(Route route, Exchange ex) {
    try {
      return QueryString.parse(ex.http().getRequestURI().getRawQuery(), route.query());
    } catch (IllegalArgumentException e) {
      throw new HttpError(400, "query of " + route + ": " + e.getMessage());
    }
  }

  private boolean authorised(Exchange ex) {
    String h = ex.header("Authorization");
    byte[] given =
        h != null && h.startsWith("Bearer ")
            ? h.substring(7).getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    return MessageDigest.isEqual(given, token);
  }

  /** Stops accepting, lets running exchanges finish for up to a second. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
