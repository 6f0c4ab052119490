package org.scanstation.station.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.scanstation.station.StationException;
import org.scanstation.station.app.SupervisorPin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's one HTTP server (the JDK's: it starts in a fraction of a second). Routes are small
 * handlers; errors are exceptions mapped to a status and a JSON body in one place here. Before any
 * handler runs, the {@code Host} and {@code Origin} headers must name this station ({@link
 * AllowedHosts}: 421 or 403 otherwise); the local API under {@code /api/} then needs the run's
 * bearer token. Request bodies are read within each route's bound ({@link BodyLimits}).
 * Thread-safe.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

  /** One route's handler. */
  @FunctionalInterface
  public interface Route {
    /** Answers the exchange. */
    void handle(Exchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] token;
  private final AllowedHosts hosts;
  private final BodyLimits limits = new BodyLimits();
  private final Map<String, Route> routes = new LinkedHashMap<>();

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
      ExecutorService executor =
          Executors.newFixedThreadPool(
              8,
              r -> {
                Thread t = new Thread(r, "http");
                t.setDaemon(true);
                return t;
              });
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

  /** Adds a route for paths starting with {@code prefix}; API routes need the token. */
  public ApiServer route(String prefix, Route route) {
    routes.put(prefix, route);
    server.createContext(prefix, http -> dispatch(prefix, new Exchange(http, limits)));
    return this;
  }

  /** Starts serving. */
  public ApiServer start() {
    server.start();
    return this;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public URI url() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getHostString();
    return URI.create("http://" + host + ":" + a.getPort());
  }

  private void dispatch(String prefix, Exchange ex) throws IOException {
    try {
      hosts.check(ex);
      if (prefix.startsWith("/api/") && !authorised(ex)) {
        throw new HttpError(401, "missing or wrong bearer token for the local API");
      }
      routes.get(prefix).handle(ex);
    } catch (HttpError e) {
      ex.json(e.status(), Map.of("error", e.getMessage()));
    } catch (SupervisorPin.Refused e) {
      ex.json(403, Map.of("error", e.getMessage()));
    } catch (StationException e) {
      ex.json(400, Map.of("error", e.getMessage()));
    } catch (RuntimeException e) {
      log.error("{} {} failed", ex.method(), ex.http().getRequestURI().getPath(), e);
      ex.json(500, Map.of("error", "internal error; see the station's log"));
    } finally {
      if (!ex.detached()) {
        ex.http().close();
      }
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
