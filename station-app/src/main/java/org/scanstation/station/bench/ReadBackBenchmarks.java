package org.scanstation.station.bench;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.scanstation.common.DaemonThreads;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.carrier.PassResult;
import org.scanstation.station.carrier.ReadBack;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.sync.SyncJob;

/**
 * Creates against a 10 requests/s backend limit while a carrier read-back sweep runs, both through
 * the one gate of a station's assembly (as {@code station run} has them): the creates alone first
 * (the baseline, while they also create the parcels the sweep then reads), then a backlog of
 * creates and a sweep of every watched parcel at once, then the creates after the sweep. Counts
 * come from the simulated backend's request log.
 */
final class ReadBackBenchmarks {
  private static final String KEY = "bench-key";
  private static final int LIMIT = 10;
  private static final Duration AFTER = Duration.ofSeconds(5);
  private final boolean quick;
  private final Path scratch;

  ReadBackBenchmarks(boolean quick, Path scratch) {
    this.quick = quick;
    this.scratch = scratch;
  }

  void run(Consumer<Figure> out) throws Exception {
    int parcels = quick ? 500 : 1000;
    Duration limit = Duration.ofSeconds(quick ? 45 : 90); // stops a sweep that never ends
    try (SimulatedBackend backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withRateLimit(LIMIT)
                .withCarrier(CarrierSettings.scanning(0.8, Duration.ZERO)))) {
      StationAssembly parts = assembly(backend);
      try (StationStore store = parts.openStore(Files.createTempDirectory(scratch, "readback"))) {
        Backlog.fill(store, 1, parcels);
        // Enough creates to outlast the sweep's allowance and the stretch after it.
        long more = (limit.plus(AFTER).toSeconds() + 10) * LIMIT;
        Backlog.fill(store, parcels + 1, parcels + more);
        try (SyncJob job = parts.sync(store, null, null);
            ReadBack readBack = parts.readBack(store, null)) {
          measure(backend, store, job, readBack, parcels, limit).forEach(out);
        }
      }
    }
  }

  /** A station's parts pointed at {@code backend}, its defaults otherwise. */
  private static StationAssembly assembly(SimulatedBackend backend) {
    Map<String, String> env =
        Map.of(
            Setting.BACKEND_URL.envName(),
            backend.baseUri().toString(),
            Setting.SYNC_RATE_LIMIT.envName(),
            String.valueOf(LIMIT),
            ApiKey.ENV,
            KEY);
    return new StationAssembly(StationConfig.load(null, env), env, Clock.systemUTC());
  }

  private List<Figure> measure(
      SimulatedBackend backend,
      StationStore store,
      SyncJob job,
      ReadBack readBack,
      int parcels,
      Duration limit)
      throws Exception {
    job.start();
    TimeUnit.SECONDS.sleep(2); // let it reach steady state before measuring
    Instant b0 = Instant.now();
    while (job.status().delivered() < parcels) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    Instant s0 = Instant.now();
    Backlog.makeDue(store, 1, parcels);
    Sweep sweep = sweep(readBack, limit);
    Instant s1 = Instant.now();
    TimeUnit.NANOSECONDS.sleep(AFTER.toNanos());
    List<ReceivedRequest> log = backend.received();
    return figures(
        Traffic.of(log, b0, s0),
        Traffic.of(log, s0, s1),
        Traffic.of(log, s1, Instant.now()),
        sweep,
        Backlog.checked(store),
        parcels);
  }

  /**
   * How the sweep went.
   *
   * @param result the pass's result, or null when it had not finished within its allowance
   */
  private record Sweep(PassResult result) {}

  /** One read-back pass in a thread of its own; stopped when it outlasts {@code limit}. */
  private static Sweep sweep(ReadBack readBack, Duration limit) throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor(DaemonThreads.named("bench sweep"));
    try {
      Future<PassResult> pass = one.submit(readBack::pullOnce);
      try {
        return new Sweep(pass.get(limit.toMillis(), TimeUnit.MILLISECONDS));
      } catch (TimeoutException e) {
        pass.cancel(true);
        return new Sweep(null);
      }
    } finally {
      one.shutdownNow();
    }
  }

  private static List<Figure> figures(
      Traffic alone, Traffic during, Traffic after, Sweep sweep, int read, int parcels) {
    String swept =
        String.format(
            sweep.result() == null
                ? "the sweep did NOT finish within %.0f s: %d of %d parcels asked about"
                : "the sweep took %.1f s: %d of %d parcels asked about",
            during.seconds(),
            read,
            parcels);
    String how = "one RateGate for creates and reads, counted from the backend's request log";
    return List.of(
        Figure.of(
            "creates during a read-back sweep of " + parcels + " parcels",
            during.createsPerSecond(),
            "req/s",
            "the backend's limit",
            LIMIT,
            swept + "; " + how),
        Figure.of(
            "creates during the sweep vs creates alone",
            during.createsPerSecond(),
            "req/s",
            "creates alone, same job and gate, " + Math.round(alone.seconds()) + " s",
            alone.createsPerSecond(),
            String.format("creates alone: %.2f%% 429s", alone.limitedPercent())),
        Figure.plain(
            "read-back sweep: read calls made",
            during.reads(),
            "calls",
            String.format(
                "GETs in the backend's log during the sweep; %d parcels asked about, %.1f s",
                read, during.seconds())),
        Figure.plain(
            "429s during the sweep, share of all requests",
            during.limitedPercent(),
            "%",
            String.format("%d of %d requests", during.limited(), during.requests())),
        Figure.of(
            "creates after the sweep",
            after.createsPerSecond(),
            "req/s",
            "creates during the sweep",
            during.createsPerSecond(),
            String.format(
                "%.0f s after the sweep; %.2f%% 429s", after.seconds(), after.limitedPercent())));
  }
}
