package org.scanstation.station.carrier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.scanstation.common.DaemonThreads;
import org.scanstation.station.StationException;
import org.scanstation.station.config.Secret;

/**
 * The optional AfterShip webhook listener: the JDK's HTTP server on its own address, with {@code
 * POST /webhooks/aftership} only (see {@link WebhookHandler} for what it answers). It checks no
 * Host header: AfterShip reaches it through a reverse proxy, which names its own host. Runs on two
 * daemon threads; {@link #start} returns once it listens. Thread-safe.
 */
public final class WebhookServer implements AutoCloseable {
  /** The one path it answers. */
  public static final String PATH = "/webhooks/aftership";

  private final HttpServer server;
  private final ExecutorService threads;

  private WebhookServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Listens on {@code address} (port 0: any free one) and passes verified deliveries to {@code
   * inbox}.
   *
   * @param maxBody the longest body read, in bytes
   * @throws StationException naming the address when it cannot be bound
   */
  public static WebhookServer start(
      InetSocketAddress address, Secret secret, long maxBody, WebhookInbox inbox) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(inbox, "inbox");
    if (maxBody < 1) {
      throw new IllegalArgumentException("the webhook body limit must be at least 1 byte");
    }
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      // Without it every answer waits for a delayed ACK (see ApiServer).
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    ExecutorService threads = Executors.newFixedThreadPool(2, DaemonThreads.named("webhooks"));
    try {
      HttpServer s = HttpServer.create(address, 64);
      s.createContext("/", new WebhookHandler(new AfterShipWebhook(secret), maxBody, inbox));
      s.setExecutor(threads);
      s.start();
      return new WebhookServer(s, threads);
    } catch (IOException e) {
      threads.shutdownNow();
      throw new StationException(
          "cannot listen for webhooks on "
              + address
              + " ("
              + e.getMessage()
              + "); change tracking.webhook.listen",
          e);
    }
  }

  /** Where it listens (the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops listening; requests in flight get a second to finish. */
  @Override
  public void close() {
    server.stop(1);
    threads.shutdownNow();
  }
}
