package org.scanstation.fleet.view;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.scanstation.common.DaemonThreads;
import org.scanstation.fleet.KafkaClients;
import org.scanstation.fleet.dispatch.Dispatcher;
import org.scanstation.station.StationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fleet view of one dispatcher on the JDK's HTTP server: {@code /} the page, {@code
 * /fleet.json} the same as JSON. Only GET; the Host (and any Origin) is checked before anything
 * else; every answer carries a strict Content-Security-Policy. Requests run on two daemon threads;
 * each may block up to a few seconds for the group's lag. {@link #close} stops it.
 */
public final class FleetView implements AutoCloseable {
  private static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'";
  private final HttpServer server;
  private final ExecutorService pool;
  private final Admin admin;
  private final Dispatcher dispatcher;
  private final GroupLag lag;
  private final HostCheck hosts;
  private final Clock clock;

  private FleetView(HttpServer server, Dispatcher d, String bind, Clock clock) {
    this.server = server;
    this.dispatcher = d;
    this.clock = clock;
    this.hosts = new HostCheck(bind);
    this.admin =
        Admin.create(
            KafkaClients.admin(d.settings().bootstrapServers(), d.settings().clientProperties()));
    this.lag = new GroupLag(admin, d.settings().group(), d.settings().topics().outbox());
    this.pool = Executors.newFixedThreadPool(2, DaemonThreads.named("fleet view"));
  }

  /**
   * Serves the view of {@code d} on {@code host:port} (0: any free port, see {@link #port()}).
   *
   * @throws StationException naming the address when it cannot be bound
   */
  public static FleetView start(Dispatcher d, String host, int port, Clock clock) {
    HttpServer s;
    try {
      s = HttpServer.create(new InetSocketAddress(host, port), 50);
    } catch (IOException e) {
      throw new StationException(
          "the fleet view cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); choose another --port",
          e);
    }
    FleetView v = new FleetView(s, d, host, clock);
    s.createContext("/", v::handle);
    s.setExecutor(v.pool);
    s.start();
    return v;
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      int refused =
          hosts.refusal(
              ex.getRequestHeaders().get("Host"), ex.getRequestHeaders().getFirst("Origin"));
      String path = ex.getRequestURI().getPath();
      if (refused != 0) {
        send(ex, refused, "text/plain", "refused: this view answers to 127.0.0.1 and localhost");
      } else if (!ex.getRequestMethod().equals("GET")) {
        send(ex, 405, "text/plain", "only GET");
      } else if (path.equals("/fleet.json")) {
        send(ex, 200, "application/json", JsonMapper.shared().writeValueAsString(snapshot()));
      } else if (path.equals("/")) {
        send(ex, 200, "text/html; charset=utf-8", FleetPage.render(snapshot()));
      } else {
        send(ex, 404, "text/plain", "no such page; try / or /fleet.json");
      }
    }
  }

  private FleetSnapshot snapshot() {
    return FleetSnapshot.of(dispatcher, lag.read(), clock.instant());
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    var h = ex.getResponseHeaders();
    h.set("Content-Type", type);
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops serving and closes its admin client. */
  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    admin.close();
  }
}
