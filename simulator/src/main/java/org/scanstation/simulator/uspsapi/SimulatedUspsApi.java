package org.scanstation.simulator.uspsapi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.scanstation.common.DaemonThreads;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.net.HttpServers;
import tools.jackson.databind.json.JsonMapper;

/**
 * USPS APIs v3 over HTTP, the part the station uses: {@code POST /oauth2/v3/token} (client
 * credentials, tokens that expire) and {@code GET /tracking/v3/tracking/{number}?expand=DETAIL} for
 * the parcels whose Mailer ID the client owns (403 for others, 404 for numbers that are not
 * plausible), with a per-second limit answered 429 and {@code Retry-After}.
 *
 * <p>A parcel becomes known at its first tracking query (or by {@link #register}); from then on its
 * seeded timeline runs on the API's clock: a share of parcels gets an acceptance scan (03) after
 * scan-after, a processing scan (10) and, deliver-after after the acceptance, a delivery (01) with
 * a signer; the rest stay Pre-Shipment. It keeps every request (without headers or bodies, which
 * carry the secret or tokens), the calls per number and each parcel's truth.
 *
 * <p>Thread-safe. Requests run on a pool of daemon threads.
 */
public final class SimulatedUspsApi implements AutoCloseable {
  private final InetAddress host;
  private final UspsParcels parcels;
  private final UspsApiHandler handler;
  private final UspsApiSettings settings;
  private final ExecutorService pool;
  private final HttpServer server;

  private SimulatedUspsApi(InetAddress host, int port, UspsApiSettings settings) {
    this.host = host;
    this.settings = settings;
    TrackingJson json = new TrackingJson(JsonMapper.builder().build());
    this.parcels = new UspsParcels(settings);
    this.handler = new UspsApiHandler(settings, new TokenEndpoint(settings, json), parcels, json);
    this.pool = Executors.newFixedThreadPool(4, DaemonThreads.named("usps-api request"));
    try {
      server = HttpServers.create(new InetSocketAddress(host, port), 50);
    } catch (IOException e) {
      pool.shutdownNow();
      throw new SimulatorException(
          "usps-api: cannot listen on "
              + host.getHostAddress()
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); choose another --port",
          e);
    }
    server.createContext("/", handler);
    server.setExecutor(pool);
  }

  /**
   * Starts the API on {@code host:port} (port 0: ephemeral, see {@link #baseUri()}).
   *
   * @throws SimulatorException when the port cannot be bound
   */
  public static SimulatedUspsApi start(InetAddress host, int port, UspsApiSettings settings) {
    Objects.requireNonNull(host, "host");
    SimulatedUspsApi api = new SimulatedUspsApi(host, port, Objects.requireNonNull(settings, "s"));
    api.server.start();
    return api;
  }

  /** The base URL the station is configured with ({@code tracking.usps.url}). */
  public URI baseUri() {
    return URI.create("http://" + host.getHostAddress() + ":" + server.getAddress().getPort());
  }

  /** How it was started. */
  public UspsApiSettings settings() {
    return settings;
  }

  /**
   * Makes a parcel known at {@code knownAt}, as if USPS had received its shipping data then; its
   * timeline starts there (an earlier one is replaced).
   */
  public UspsParcel register(String trackingNumber, Instant knownAt) {
    return parcels.register(Objects.requireNonNull(trackingNumber, "n"), knownAt);
  }

  /** The truth about a parcel (scanned or not, when), if it is known. */
  public Optional<UspsParcel> parcel(String trackingNumber) {
    return Optional.ofNullable(parcels.get(trackingNumber));
  }

  /** Every known parcel, in the order they became known. */
  public List<UspsParcel> parcels() {
    return parcels.all();
  }

  /** Tracking calls made for this number so far, whatever their answer. */
  public long callsFor(String trackingNumber) {
    return counters().callsPerNumber().getOrDefault(trackingNumber, 0L);
  }

  /** Counters since start. */
  public UspsCounters counters() {
    return handler.counters();
  }

  /** Every request received, oldest first. */
  public List<UspsRequest> received() {
    return handler.received();
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
