package org.scanstation.station.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.connect.Printers;
import org.scanstation.device.printer.queue.PrintQueue;
import org.scanstation.device.printer.queue.QueueSettings;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.connect.ScannerFactory;
import org.scanstation.label.MailService;
import org.scanstation.station.StationException;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.carrier.ReadBack;
import org.scanstation.station.carrier.WebhookServer;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.config.SyncSink;
import org.scanstation.station.documents.ManifestDocuments;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.metrics.StationMeters;
import org.scanstation.station.printing.PrintService;
import org.scanstation.station.printing.PrinterOpener;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.store.PrintJobs;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.StoreInUseException;
import org.scanstation.station.store.StoreWatch;
import org.scanstation.station.sync.AfterShipBackend;
import org.scanstation.station.sync.BackendSink;
import org.scanstation.station.sync.SyncJob;
import org.scanstation.station.sync.kafka.Heartbeat;
import org.scanstation.station.sync.kafka.HeartbeatPublisher;
import org.scanstation.station.web.HealthPage;
import org.scanstation.station.web.StationApiClient;

/**
 * The one place that turns the typed settings into the station's parts: the store, the printers and
 * their queues, the scanners, the sync job and its sink (the backend, or Kafka and the heartbeat).
 * Every mode the station has takes its parts from here: a running station ({@link #run}), a command
 * on the store ({@link #access}, {@link #openStore}), a technician's command against one device
 * ({@link #printer}, {@link #scanner}), and the benchmarks. Nothing else builds an adapter (an
 * ArchUnit rule checks). Builds nothing until asked; each method's adapters are the caller's to
 * close. Thread-safe.
 */
public final class StationAssembly {
  /** How long one backend call may take. */
  static final Duration BACKEND_TIMEOUT = Duration.ofSeconds(15);

  private final StationConfig config;
  private final Map<String, String> env;
  private final Clock clock;
  private RateGate backendGate;
  private final KafkaParts kafka;

  /** Parts made from {@code config}; {@code env} holds the secrets (API key) it names. */
  public StationAssembly(StationConfig config, Map<String, String> env, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.env = Objects.requireNonNull(env, "env");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.kafka = new KafkaParts(config, clock);
  }

  /** The settings the parts are made from. */
  public StationConfig config() {
    return config;
  }

  /** The clock every part is given. */
  public Clock clock() {
    return clock;
  }

  /**
   * Starts a running station on {@code dataDir}: the store, printers, scanners, sync, pages.
   *
   * @throws StationException naming the part that cannot start; what started is stopped again
   */
  public RunningStation run(Path dataDir) {
    return RunningStation.start(this, dataDir);
  }

  /** Opens (and checks) the store under {@code dataDir} for this process alone. */
  public StationStore openStore(Path dataDir) {
    return StationStore.open(dataDir);
  }

  /** Restores the store under {@code dataDir} from {@code backup}. */
  public StationStore restoreStore(Path dataDir, Path backup) {
    return StationStore.restore(dataDir, backup);
  }

  /** The manifest documents as the settings say (mailer, time zone), for the supervisor page. */
  public ManifestDocuments manifestDocuments() {
    return ManifestDocuments.of(config);
  }

  /** The station's operations on a store this process owns. */
  public LocalStation localStation(StationStore store) {
    return new LocalStation(store, config, labels(), clock);
  }

  /**
   * The station's data for a command: the store opened directly, or, when a running station owns
   * it, that station's local API. Either says which it is ({@link StationOperations#describe()}).
   *
   * @throws StoreInUseException when another process owns the store and offers no local API
   */
  public StationOperations access(Path dataDir) {
    try {
      return localStation(openStore(dataDir));
    } catch (StoreInUseException e) {
      Optional<RunFile> run = RunFile.read(dataDir);
      if (run.isPresent()) {
        StationApiClient client = localApi(run.get());
        if (client.reachable()) {
          return client;
        }
      }
      throw e;
    }
  }

  /** The local API of the running station a run file describes. */
  public StationApiClient localApi(RunFile run) {
    return new StationApiClient(run.url(), run.token(), run.pid());
  }

  /** The watch of a running station's store: free space and recovery after faults. */
  StoreWatch watch(StationStore store) {
    long warn = config.size(Setting.STORE_FREE_SPACE_WARN);
    long min = config.size(Setting.STORE_FREE_SPACE_MIN);
    return StoreWatch.start(
        store,
        new StoreWatch.Limits(
            Math.max(warn, min), min, config.duration(Setting.STORE_CHECK_INTERVAL)),
        clock);
  }

  /**
   * The meters of a running station with the configured scanners and printers, over {@code status}.
   */
  StationMeters meters(Supplier<StationStatus> status) {
    return new StationMeters(
        clock,
        config.devices(Setting.SCANNERS).keySet(),
        printers().keySet(),
        config.size(Setting.STORE_FREE_SPACE_MIN),
        status);
  }

  /** {@code GET /health}, with the store's floor and whether the sync should run. */
  HealthPage health(Supplier<StationStatus> status) {
    return new HealthPage(
        status, config.size(Setting.STORE_FREE_SPACE_MIN), config.flag(Setting.SYNC_ENABLED));
  }

  /** The label maker {@code label.dpi} and {@code label.default-service} describe. */
  StationLabels labels() {
    return new StationLabels(
        config.number(Setting.LABEL_DPI),
        config.as(Setting.LABEL_DEFAULT_SERVICE, MailService.class));
  }

  /** The printers {@code printers} lists, id to URI, in order (each URI checked at load). */
  Map<String, String> printers() {
    return config.devices(Setting.PRINTERS);
  }

  /** How patient the printer drivers are: {@code printer.status-timeout}. */
  public PrinterOptions printerOptions() {
    return PrinterOptions.DEFAULTS.withStatusTimeout(
        config.duration(Setting.PRINTER_STATUS_TIMEOUT));
  }

  /** How the print queues pace themselves: {@code printer.*}. */
  public QueueSettings queueSettings() {
    Duration poll = config.duration(Setting.PRINTER_POLL_INTERVAL);
    try {
      // The print meter may lag the last label's feed by a few polls; see docs/printers.md.
      return new QueueSettings(
          poll,
          config.duration(Setting.PRINTER_RETRY_MAX),
          config.duration(Setting.PRINTER_CONFIRM_TIMEOUT),
          poll.multipliedBy(6),
          poll.multipliedBy(10),
          config.number(Setting.PRINTER_QUEUE_LIMIT));
    } catch (DeviceException e) {
      throw new StationException("config printer.*: " + e.getMessage(), e);
    }
  }

  /** The factory of real printers (raw TCP, serial, USB, CUPS) with {@code options}. */
  PrinterOpener printerOpener(PrinterOptions options) {
    return (id, uri) -> Printers.open(id, uri, options, clock);
  }

  /**
   * The printer {@code uri} names, for a technician's command, with the {@code printer.*} settings
   * ({@code options} when given instead).
   *
   * @throws DeviceException when the URI is not valid
   */
  public LabelPrinter printer(String uri, PrinterOptions options) {
    return printerOpener(options != null ? options : printerOptions()).open(uri, uri);
  }

  /** A print queue for one printer, paced by the {@code printer.*} settings; not started. */
  public PrintQueue printQueue(LabelPrinter printer) {
    return new PrintQueue(printer, queueSettings(), clock);
  }

  /**
   * The print service of a running station: the configured printers, first prints to {@code
   * station.printer}.
   */
  PrintService printService(StationStore store, Runnable printed) {
    return new PrintService(
        new PrintJobs(store),
        printers(),
        config.get(Setting.STATION_PRINTER).strip(),
        printerOpener(printerOptions()),
        queueSettings(),
        clock,
        printed);
  }

  /**
   * A print service for jobs that name their printer by URI (a reprint sent now from a command): no
   * configured printers.
   */
  public PrintService directPrintService(StationStore store) {
    return new PrintService(
        new PrintJobs(store),
        Map.of(),
        null,
        printerOpener(printerOptions()),
        queueSettings(),
        clock,
        () -> {});
  }

  /**
   * The scanner {@code uri} names, as {@code id}.
   *
   * @throws DeviceException when the URI is not valid
   */
  public BarcodeScanner scanner(String id, String uri) {
    return ScannerFactory.standard().create(id, uri);
  }

  /**
   * The sync job for {@code store}'s outbox, into the sink {@code sync.sink} names; {@code url} and
   * {@code keyFile} override the config when not null, and either asks for the backend.
   *
   * @throws StationException naming the setting that is missing or wrong
   */
  public SyncJob sync(StationStore store, String url, Path keyFile) {
    if (config.as(Setting.SYNC_SINK, SyncSink.class) == SyncSink.KAFKA
        && url == null
        && keyFile == null) {
      return kafka.sync(store);
    }
    String configuredFile = config.get(Setting.BACKEND_API_KEY_FILE);
    Path file =
        keyFile != null ? keyFile : configuredFile.isBlank() ? null : Path.of(configuredFile);
    URI base = url != null ? backendUrl(url) : config.url(Setting.BACKEND_URL);
    SyncJob.Settings d = SyncJob.Settings.DEFAULT;
    int concurrency = config.number(Setting.SYNC_CONCURRENCY);
    return sync(
        new Outbox(store, clock),
        base,
        ApiKey.load(file, env),
        new SyncJob.Settings(
            concurrency,
            Math.max(d.batch(), concurrency * 4),
            d.lease(),
            d.idlePoll(),
            d.pauseProbe(),
            config.duration(Setting.SYNC_KEEP_DELIVERED)),
        backendGate());
  }

  /**
   * The heartbeat of a running station, when its sync publishes to Kafka: on the sync's producer
   * (which the sync job closes), not started.
   */
  Optional<HeartbeatPublisher> heartbeat(Supplier<Heartbeat> beat) {
    return kafka.heartbeat(beat);
  }

  /**
   * The carrier read-back on {@code store}: AfterShip through the backend's one gate (its key from
   * {@code keyFile} when not null, else as configured), USPS APIs v3 for {@code
   * tracking.usps.own-mids}; not started.
   *
   * @throws StationException naming what is missing when neither source can be read
   */
  public ReadBack readBack(StationStore store, Path keyFile) {
    String configured = config.get(Setting.BACKEND_API_KEY_FILE);
    Path file = keyFile != null ? keyFile : configured.isBlank() ? null : Path.of(configured);
    return carrier().readBack(store, backendGate(), file);
  }

  /**
   * The AfterShip webhook listener into {@code store}, when {@code tracking.webhook.listen} asks.
   */
  Optional<WebhookServer> webhooks(StationStore store) {
    return Optional.ofNullable(carrier().webhooks(store));
  }

  private CarrierParts carrier() {
    return new CarrierParts(config, env, clock);
  }

  /** A sync job with explicit settings and a gate of its own, for the benchmarks. */
  public SyncJob sync(Outbox outbox, URI base, ApiKey key, SyncJob.Settings s, double rate) {
    return sync(outbox, base, key, s, new RateGate(rate, clock));
  }

  private SyncJob sync(Outbox outbox, URI base, ApiKey key, SyncJob.Settings s, RateGate gate) {
    return new SyncJob(
        outbox,
        new BackendSink(new AfterShipBackend(base, key, BACKEND_TIMEOUT, clock)),
        gate,
        SyncJob.RETRY_BACKOFF,
        clock,
        s);
  }

  /**
   * The one call budget for the tracking backend in this process ({@code sync.rate-limit}): the
   * creates and the carrier read-back share it, since the limit is the backend's.
   */
  synchronized RateGate backendGate() {
    if (backendGate == null) {
      backendGate = new RateGate(config.number(Setting.SYNC_RATE_LIMIT), clock);
    }
    return backendGate;
  }

  private static URI backendUrl(String url) {
    try {
      URI base = URI.create(url);
      if (base.getScheme() != null && base.getScheme().startsWith("http")) {
        return base;
      }
    } catch (IllegalArgumentException e) {
      // said below
    }
    throw new StationException("backend URL '" + url + "' is not an http(s) URL");
  }
}
