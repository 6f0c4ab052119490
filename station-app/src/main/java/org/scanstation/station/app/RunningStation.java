package org.scanstation.station.app;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.scanstation.device.DeviceException;
import org.scanstation.station.StationException;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.api.SyncStatus;
import org.scanstation.station.carrier.ReadBack;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.metrics.StationMeters;
import org.scanstation.station.printing.PrintService;
import org.scanstation.station.scanning.Scanners;
import org.scanstation.station.store.ScanRefusals;
import org.scanstation.station.store.UnscannedQueries;
import org.scanstation.station.sync.SyncJob;
import org.scanstation.station.web.ApiServer;
import org.scanstation.station.web.EventHub;
import org.scanstation.station.web.HealthPage;
import org.scanstation.station.web.MetricsPage;
import org.scanstation.station.web.PageApi;
import org.scanstation.station.web.RouteTable;
import org.scanstation.station.web.ScanView;
import org.scanstation.station.web.StaticPages;
import org.scanstation.station.web.StationApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running station, the composition root of {@code station run}: it owns the store, prints labels,
 * runs the sync job, serves the pages and the local API, and leaves a run file so that commands
 * started meanwhile reach it instead of the store. Parts start in order; closing stops them in
 * reverse (the store last, after transactions in flight are done).
 */
public final class RunningStation implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningStation.class);

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Path dataDir;
  private final String stationId;
  private final StationAssembly assembly;
  private final StationConfig config;
  private final Clock clock;
  private LocalStation station;
  private ApiServer server;
  private EventHub hub;
  private UnscannedCount unscannedCount;
  private SyncJob sync;
  private ReadBack readBack;
  private String syncNote;
  private Scanners scanners;
  private PrintService printing;
  private final AtomicReference<String> signedIn = new AtomicReference<>("");
  private String fallbackOperator = "";

  private RunningStation(StationAssembly assembly, Path dataDir) {
    this.assembly = assembly;
    this.config = assembly.config();
    this.clock = assembly.clock();
    this.dataDir = dataDir;
    this.stationId = config.get(Setting.STATION_ID);
  }

  /**
   * Opens the store and starts every part.
   *
   * @throws StationException naming the store or address when either is unavailable; whatever was
   *     started is stopped again
   */
  public static RunningStation start(Path dataDir, StationConfig config, Map<String, String> env) {
    return new StationAssembly(config, env, Clock.systemUTC()).run(dataDir);
  }

  /** Starts every part, as {@code assembly} makes them, on {@code dataDir}. */
  static RunningStation start(StationAssembly assembly, Path dataDir) {
    RunningStation rs = new RunningStation(Objects.requireNonNull(assembly, "assembly"), dataDir);
    try {
      rs.startParts();
    } catch (RuntimeException e) {
      rs.close();
      throw e;
    }
    log.info(
        "station {} running: store {}, pages and local API at {}",
        rs.stationId,
        rs.station.store().path(),
        rs.server.url());
    return rs;
  }

  private void startParts() {
    station = assembly.localStation(assembly.openStore(dataDir));
    started.push(station);
    started.push(assembly.watch(station.store()));
    unscannedCount =
        new UnscannedCount(new UnscannedQueries(station.store()), clock, Duration.ofSeconds(10));
    hub = new EventHub(this::status);
    station.store().health().addListener(v -> storeChanged());
    station.acceptance().addListener(this::told);
    sync = startSync();
    readBack = startReadBack();
    assembly.webhooks(station.store()).ifPresent(started::push);
    printing = startPrinting();
    StationMeters meters = assembly.meters(this::status);
    started.push(meters);
    station.acceptance().addListener(meters.scans());
    ScanRefusalLog refusals =
        new ScanRefusalLog(new ScanRefusals(station.store())::record, clock).start();
    started.push(refusals);
    station.acceptance().addListener(refusals);
    printing.addListener(meters.labels());
    if (sync != null) {
      meters.countSyncPauses(sync::pauses);
    }
    fallbackOperator = config.get(Setting.STATION_OPERATOR).strip();
    scanners = startScanners();
    String token = newToken();
    server =
        ApiServer.bind(
            config.get(Setting.HTTP_BIND),
            config.number(Setting.HTTP_PORT),
            token,
            config.get(Setting.HTTP_ALLOWED_HOSTS));
    started.push(server);
    started.push(hub); // closed before the server, which would otherwise wait for live pages
    RouteTable.Builder routes = RouteTable.builder();
    new StationApi(station).install(routes);
    new PageApi(
            station,
            station,
            assembly.manifestDocuments(),
            hub,
            this::status,
            Optional.ofNullable(sync),
            signedIn::set,
            clock)
        .install(routes);
    new StaticPages().install(routes);
    HealthPage health = assembly.health(this::status);
    health.install(routes);
    new MetricsPage(meters::scrape, StationMeters.CONTENT_TYPE).install(routes);
    server.start(routes.build());
    new RunFile(ProcessHandle.current().pid(), server.url().toString(), token).write(dataDir);
    started.push(() -> RunFile.delete(dataDir));
    startHeartbeat(health);
    if (!config.get(Setting.HTTP_BIND).strip().equals("127.0.0.1")) {
      log.warn(
          "the pages and local API listen on {}, not only this PC: anyone on that network"
              + " can reach them (supervisor actions still need the PIN)",
          server.url());
    }
  }

  private void told(Scan scan, String operatorId, AcceptanceResult result) {
    AcceptOutcome outcome = AcceptOutcome.of(result);
    String n = outcome.trackingNumber();
    hub.scan(
        new ScanView(
            Instant.now(clock).toString(),
            scan.scannerId(),
            operatorId,
            n == null ? null : n.replaceAll("(\\d{4})(?=\\d)", "$1 "),
            outcome));
    if (result instanceof Accepted a) {
      if (printing != null) {
        printing.wake(a.printJobId());
      }
      if (sync != null) {
        sync.wake();
      }
    }
  }

  private ReadBack startReadBack() {
    if (!config.flag(Setting.TRACKING_ENABLED)) {
      log.info("carrier read-back disabled (tracking.enabled=false)");
      return null;
    }
    try {
      ReadBack r = assembly.readBack(station.store(), null);
      started.push(r);
      r.start();
      return r;
    } catch (StationException e) {
      log.warn("carrier read-back NOT running: {}", e.getMessage());
      return null;
    }
  }

  private SyncJob startSync() {
    if (!config.flag(Setting.SYNC_ENABLED)) {
      syncNote = "disabled (sync.enabled=false): acceptances wait in the outbox";
      log.info("sync {}", syncNote);
      return null;
    }
    try {
      SyncJob job = assembly.sync(station.store(), null, null);
      started.push(job);
      job.recoverLeases();
      job.start();
      station.onOutboxWritten(job::wake); // a void or a completion goes now, not at the next poll
      return job;
    } catch (StationException e) {
      syncNote = e.getMessage() + "; acceptances wait in the outbox";
      log.warn("sync NOT running: {}", syncNote);
      return null;
    }
  }

  /** With the Kafka sink: the heartbeat, stopped before the sync closes the producer it uses. */
  private void startHeartbeat(HealthPage health) {
    assembly
        .heartbeat(new StationHeartbeat(this::status, health, station.outbox(), clock))
        .ifPresent(
            h -> {
              started.push(h);
              h.start();
            });
  }

  /** The store can write again, or stopped: the pages hear now, printing and sync look now. */
  private void storeChanged() {
    hub.publishHealth();
    if (sync != null) {
      sync.wake();
    }
    if (printing != null) {
      printing.sweepSoon();
    }
  }

  /** The station's health for the pages. */
  public StationStatus status() {
    return new StationStatus(
        stationId,
        scanners == null ? List.of() : scanners.views(),
        printing == null ? List.of() : printing.devices(),
        syncStatus(),
        syncNote,
        station.store().health().view(),
        unscannedCount == null ? null : unscannedCount.current(),
        unscannedCount == null || readBack == null ? null : unscannedCount.lagSeconds());
  }

  private SyncStatus syncStatus() {
    try {
      return sync == null ? null : sync.status();
    } catch (StationException e) {
      return null; // the store cannot answer; its own badge says why
    }
  }

  private PrintService startPrinting() {
    PrintService p = assembly.printService(station.store(), hub::printed);
    started.push(p);
    station.onPrintJobQueued(p::wake);
    p.start(assembly.queueSettings().healthInterval());
    return p;
  }

  private Scanners startScanners() {
    Map<String, String> configured = config.devices(Setting.SCANNERS);
    Scanners s = new Scanners(station.acceptance(), this::operator);
    started.push(s);
    for (Map.Entry<String, String> e : configured.entrySet()) {
      try {
        s.start(assembly.scanner(e.getKey(), e.getValue()), e.getValue());
      } catch (DeviceException bad) {
        throw new StationException("config scanners: " + bad.getMessage(), bad);
      }
    }
    return s;
  }

  /** Who scanner scans are recorded against: the signed-in operator, else the configured one. */
  private String operator() {
    String op = signedIn.get();
    return op.isBlank() ? fallbackOperator : op;
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

  /** The carrier read-back, when it runs. */
  public Optional<ReadBack> readBack() {
    return Optional.ofNullable(readBack);
  }

  /** The sync job, when it runs. */
  public Optional<SyncJob> sync() {
    return Optional.ofNullable(sync);
  }

  /** Stops every part in reverse order of starting; the store last. */
  @Override
  public void close() {
    log.info("station stopping");
    while (!started.isEmpty()) {
      AutoCloseable part = started.pop();
      try {
        part.close();
      } catch (Exception e) {
        log.warn("while stopping: {}", e.toString());
      }
    }
    log.info("station stopped");
  }
}
