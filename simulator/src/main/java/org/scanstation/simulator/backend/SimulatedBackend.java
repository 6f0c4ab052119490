package org.scanstation.simulator.backend;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.scanstation.common.DaemonThreads;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.net.HttpServers;
import tools.jackson.databind.json.JsonMapper;

/**
 * An AfterShip-style tracking backend over HTTP (the JDK's server, which starts in a fraction of a
 * second): the Tracking API 2024-04 subset the station uses, under {@code /tracking/2024-04}, with
 * a per-second rate limit and faults on demand (a share of 5xx, latency, refused connections,
 * create-then-drop, a throttle answering 429 without rate-limit headers). It keeps every request
 * for assertions; the API key is never kept or logged.
 *
 * <p>Thread-safe. Requests run on a pool of daemon threads; the latency fault holds one of them.
 */
public final class SimulatedBackend implements AutoCloseable {
  private final InetAddress host;
  private final BackendFaults faults;
  private final TrackingStore store;
  private final TrackingApi api;
  private final SimulatedCarrier carrier;
  private final WebhookSender webhooks;
  private final Clock clock;
  private final ExecutorService pool;
  private int port;
  private HttpServer server;

  private SimulatedBackend(InetAddress host, int port, BackendSettings settings) {
    this.host = host;
    this.port = port;
    this.faults = new BackendFaults(settings.seed());
    this.carrier = new SimulatedCarrier(settings.carrier(), settings.seed());
    this.store = new TrackingStore(settings.seed(), carrier);
    JsonMapper json = JsonMapper.builder().build();
    this.api = new TrackingApi(settings, faults, store, json);
    this.clock = settings.clock();
    this.webhooks =
        settings.webhooks().url() == null
            ? null
            : new WebhookSender(settings.webhooks(), store, clock, json);
    this.pool = Executors.newFixedThreadPool(8, DaemonThreads.named("backend request"));
  }

  /**
   * Starts a backend on {@code host:port} (port 0: ephemeral, see {@link #port()}).
   *
   * @throws SimulatorException when the port cannot be bound
   */
  public static SimulatedBackend start(InetAddress host, int port, BackendSettings settings) {
    Objects.requireNonNull(host, "host");
    SimulatedBackend b = new SimulatedBackend(host, port, Objects.requireNonNull(settings, "s"));
    b.listen();
    if (b.webhooks != null) {
      b.webhooks.start();
    }
    return b;
  }

  private synchronized void listen() {
    if (server != null) {
      return;
    }
    try {
      HttpServer s = HttpServers.create(new InetSocketAddress(host, port), 50);
      s.createContext("/", api);
      s.setExecutor(pool);
      s.start();
      port = s.getAddress().getPort();
      server = s;
    } catch (IOException e) {
      throw new SimulatorException(
          "backend: cannot listen on "
              + host.getHostAddress()
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); choose another --port",
          e);
    }
  }

  private synchronized void stopListening() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** The API base the station is configured with: {@code http://host:port/tracking/2024-04}. */
  public URI baseUri() {
    return URI.create("http://" + host.getHostAddress() + ":" + port() + "/tracking/2024-04");
  }

  /** The bound port. */
  public synchronized int port() {
    return port;
  }

  /** Answers this share (0..1) of requests with one of {@code statuses} (5xx) instead. */
  public void setFailRate(double rate, List<Integer> statuses) {
    faults.failRate(rate, statuses);
  }

  /** Answers this share of requests with 500, 502 or 503. */
  public void setFailRate(double rate) {
    faults.failRate(rate, List.of(500, 502, 503));
  }

  /** Adds this delay before every answer. */
  public void setLatency(Duration latency) {
    faults.latency(latency);
  }

  /** Closes the port (connections are refused) or opens it again on the same port. */
  public void setRefuseConnections(boolean on) {
    faults.refusing(on);
    if (on) {
      stopListening();
    } else {
      listen();
    }
  }

  /**
   * The next {@code count} successful creates are stored and then left unanswered: the connection
   * closes before any response, so the client's retry meets 4003. {@link Integer#MAX_VALUE}: all.
   */
  public void dropCreates(int count) {
    faults.dropCreates(count);
  }

  /**
   * A 429 storm: a gateway in front of the API lets {@code perSecond} requests through each second
   * and answers the rest 429 with {@code Retry-After: 1} and no rate-limit headers. 0 turns it off.
   */
  public void setThrottle(int perSecond) {
    faults.throttle(perSecond);
  }

  /** Clears every fault. */
  public void clearFaults() {
    setThrottle(0);
    setFailRate(0);
    setLatency(Duration.ZERO);
    dropCreates(0);
    setRefuseConnections(false);
    webhooks().clearFaults();
  }

  /** The faults now. */
  public BackendFaultState faults() {
    return faults.state();
  }

  /** Counters since start. */
  public BackendCounters counters() {
    return api.counters();
  }

  /** Every request received, oldest first. */
  public List<ReceivedRequest> received() {
    return api.received();
  }

  /** The trackings stored now, as the carrier has moved them by now, oldest first. */
  public List<Tracking> trackings() {
    return store.all(clock.instant());
  }

  /** Which trackings the simulated carrier has scanned by now, and which it never will. */
  public CarrierTruth carrierTruth() {
    List<String> scanned = new ArrayList<>();
    List<String> notScanned = new ArrayList<>();
    List<String> never = new ArrayList<>();
    for (Tracking t : trackings()) {
      boolean accepted = t.checkpoints().stream().anyMatch(c -> c.subtag().equals("InTransit_002"));
      (accepted ? scanned : notScanned).add(t.trackingNumber());
      if (!carrier.fate(t.trackingNumber()).scanned()) {
        never.add(t.trackingNumber());
      }
    }
    return new CarrierTruth(scanned, notScanned, never);
  }

  /** The webhooks: counters, the POSTs made, faults on demand. */
  public BackendWebhooks webhooks() {
    return new BackendWebhooks(webhooks);
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    stopListening();
    if (webhooks != null) {
      webhooks.close();
    }
    pool.shutdownNow();
  }
}
