package org.scanstation.station.bench;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.scanstation.station.StationException;
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
    awaitCreated(job, parcels);
    Instant s0 = Instant.now();
    Backlog.makeDue(store, 1, parcels);
    boolean finished = sweep(readBack, limit);
    Instant s1 = Instant.now();
    TimeUnit.NANOSECONDS.sleep(AFTER.toNanos());
    List<ReceivedRequest> log = backend.received();
    Traffic during = Traffic.of(log, s0, s1);
    List<Figure> figures = new ArrayList<>();
    figures.addAll(
        creates(Traffic.of(log, b0, s0), during, swept(finished, during, store, parcels)));
    figures.addAll(sweepFigures(during, Traffic.of(log, s1, Instant.now())));
    return figures;
  }

  /** Waits until the sync job has created the parcels the sweep is to read. */
  private static void awaitCreated(SyncJob job, int parcels) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(3L * parcels / LIMIT + 30);
    while (job.status().delivered() < parcels) {
      if (Instant.now().isAfter(deadline)) {
        throw new StationException(
            "read-back benchmark: the sync job created "
                + job.status().delivered()
                + " of "
                + parcels
                + " parcels at the simulated backend in time; see the sync job's log lines");
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  /** One read-back pass in a thread of its own; false when it outlasts {@code limit} and stops. */
  private static boolean sweep(ReadBack readBack, Duration limit) throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor(DaemonThreads.named("bench sweep"));
    try {
      Future<PassResult> pass = one.submit(readBack::pullOnce);
      try {
        pass.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        return true;
      } catch (TimeoutException e) {
        pass.cancel(true);
        return false;
      }
    } finally {
      one.shutdownNow();
    }
  }

  private static String swept(boolean finished, Traffic during, StationStore store, int parcels)
      throws SQLException {
    return String.format(
        finished
            ? "the sweep took %.1f s: %d of %d parcels asked about"
            : "the sweep did NOT finish within %.0f s: %d of %d parcels asked about",
        during.seconds(),
        Backlog.checked(store),
        parcels);
  }

  private static List<Figure> creates(Traffic alone, Traffic during, String swept) {
    return List.of(
        Figure.of(
            "readback.sweep.creates.rate",
            "creates during a read-back sweep",
            during.createsPerSecond(),
            "req/s",
            "the backend's limit",
            LIMIT,
            swept + "; one RateGate for creates and reads, counted from the backend's request log"),
        Figure.of(
            "readback.sweep.creates_vs_alone",
            "creates during the sweep vs creates alone",
            during.createsPerSecond(),
            "req/s",
            "creates alone, same job and gate, " + Math.round(alone.seconds()) + " s",
            alone.createsPerSecond(),
            String.format("creates alone: %.2f%% 429s", alone.limitedPercent())));
  }

  private static List<Figure> sweepFigures(Traffic during, Traffic after) {
    return List.of(
        Figure.plain(
            "readback.sweep.read_calls",
            "read-back sweep: read calls made",
            during.reads(),
            "calls",
            String.format("GETs in the backend's log, %.1f s", during.seconds())),
        Figure.plain(
            "readback.sweep.limited_pct",
            "429s during the sweep, share of all requests",
            during.limitedPercent(),
            "%",
            String.format("%d of %d requests", during.limited(), during.requests())),
        Figure.of(
            "readback.after_sweep.creates.rate",
            "creates after the sweep",
            after.createsPerSecond(),
            "req/s",
            "creates during the sweep",
            during.createsPerSecond(),
            String.format(
                "%.0f s after the sweep; %.2f%% 429s", after.seconds(), after.limitedPercent())));
  }
}
