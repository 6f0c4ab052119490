package org.scanstation.station.app;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.station.StationException;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.sync.SyncJob;
import org.scanstation.station.web.ApiServer;
import org.scanstation.station.web.StationApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running station: it owns the store and serves the local API, and leaves a run file so that
 * commands started meanwhile reach it instead of the store. The composition root of {@code station
 * run}. Closing it stops everything in order and releases the store.
 */
public final class RunningStation implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningStation.class);

  private final Path dataDir;
  private final LocalStation station;
  private final ApiServer server;
  private final SyncJob sync;

  private RunningStation(Path dataDir, LocalStation station, ApiServer server, SyncJob sync) {
    this.dataDir = dataDir;
    this.station = station;
    this.server = server;
    this.sync = sync;
  }

  /**
   * Opens the store and starts serving.
   *
   * @throws org.scanstation.station.StationException naming the store or address when either is
   *     unavailable; nothing is left open then
   */
  public static RunningStation start(Path dataDir, StationConfig config, Map<String, String> env) {
    Objects.requireNonNull(config, "config");
    StationStore store = StationStore.open(dataDir);
    LocalStation station =
        new LocalStation(store, config, StationWiring.labels(config), Clock.systemUTC());
    ApiServer server;
    try {
      String token = newToken();
      server = ApiServer.bind(config.get(Setting.HTTP_BIND), port(config), token);
      new StationApi(station).install(server);
      server.start();
      new RunFile(ProcessHandle.current().pid(), server.url().toString(), token).write(dataDir);
    } catch (RuntimeException e) {
      station.close();
      throw e;
    }
    SyncJob sync = startSync(station, config, env);
    log.info(
        "station {} running: store {}, local API {}",
        config.get(Setting.STATION_ID),
        store.path(),
        server.url());
    return new RunningStation(dataDir, station, server, sync);
  }

  /** The sync job, started; null when disabled or not configured (the station runs on). */
  private static SyncJob startSync(
      LocalStation station, StationConfig config, Map<String, String> env) {
    if (!Boolean.parseBoolean(config.get(Setting.SYNC_ENABLED).strip())) {
      log.info("sync disabled (sync.enabled=false): acceptances wait in the outbox");
      return null;
    }
    try {
      SyncJob job = SyncWiring.job(station.outbox(), config, env, null, null);
      station
          .acceptance()
          .addListener(
              r -> {
                if (r instanceof Accepted) {
                  job.wake();
                }
              });
      job.start();
      return job;
    } catch (StationException e) {
      log.warn("sync NOT running: {}; acceptances wait in the outbox", e.getMessage());
      return null;
    }
  }

  /** The sync job, when it runs. */
  public Optional<SyncJob> sync() {
    return Optional.ofNullable(sync);
  }

  private static int port(StationConfig config) {
    try {
      return Integer.parseInt(config.get(Setting.HTTP_PORT).strip());
    } catch (NumberFormatException e) {
      throw new StationException(
          "config http.port '" + config.get(Setting.HTTP_PORT) + "' is not a port number");
    }
  }

  private static String newToken() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Where the pages and local API are served. */
  public URI url() {
    return server.url();
  }

  /** The station's operations, for the parts that run inside it. */
  public LocalStation station() {
    return station;
  }

  /** Stops serving, then closes the store (finishing transactions in flight first). */
  @Override
  public void close() {
    log.info("station stopping");
    RunFile.delete(dataDir);
    server.close();
    if (sync != null) {
      sync.close();
    }
    station.close();
    log.info("station stopped");
  }
}
