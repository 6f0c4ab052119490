package org.scanstation.station.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.sync.SyncJob;

/**
 * The sync job against the simulator's backend: how much of a 10 requests/s limit it uses and how
 * many answers are 429, and how fast it drains a large backlog when the backend sets no limit,
 * against the raw rate of the same HTTP client posting to the same backend.
 */
final class SyncBenchmarks {
  private static final String KEY = "bench-key";
  private final boolean quick;
  private final Path scratch;
  private final StationAssembly parts;

  SyncBenchmarks(boolean quick, Path scratch, StationAssembly parts) {
    this.quick = quick;
    this.scratch = scratch;
    this.parts = parts;
  }

  void run(Consumer<Figure> out) throws Exception {
    out.accept(limited());
    unlimited().forEach(out);
  }

  private Figure limited() throws Exception {
    int seconds = quick ? 10 : 30;
    try (StationStore store = parts.openStore(Files.createTempDirectory(scratch, "sync10"));
        SimulatedBackend backend =
            SimulatedBackend.start(
                InetAddress.getLoopbackAddress(),
                0,
                BackendSettings.withApiKey(KEY).withRateLimit(10))) {
      Backlog.fill(store, 1, seconds * 10 + 200);
      Outbox outbox = new Outbox(store, Clock.systemUTC());
      try (SyncJob job = job(outbox, backend.baseUri(), 10, 4)) {
        job.start();
        TimeUnit.SECONDS.sleep(2); // let it reach steady state before measuring
        long d0 = job.status().delivered();
        long r0 = backend.counters().requests();
        long q0 = backend.counters().rateLimited();
        TimeUnit.SECONDS.sleep(seconds);
        double perSecond = (job.status().delivered() - d0) / (double) seconds;
        long requests = backend.counters().requests() - r0;
        long limited = backend.counters().rateLimited() - q0;
        return Figure.of(
            "sync.utilisation",
            "sync utilisation of a 10 req/s backend limit",
            perSecond,
            "req/s",
            "the backend's limit",
            10,
            String.format(
                "%.2f%% of answers were 429 (%d of %d)," + " measured over %d s",
                100.0 * limited / Math.max(1, requests), limited, requests, seconds));
      }
    }
  }

  private List<Figure> unlimited() throws Exception {
    int n = quick ? 10_000 : 100_000;
    try (StationStore store = parts.openStore(Files.createTempDirectory(scratch, "syncmax"));
        SimulatedBackend backend =
            SimulatedBackend.start(
                InetAddress.getLoopbackAddress(),
                0,
                BackendSettings.withApiKey(KEY).withRateLimit(1_000_000))) {
      Backlog.fill(store, 1, n);
      Outbox outbox = new Outbox(store, Clock.systemUTC());
      double drained;
      try (SyncJob job = job(outbox, backend.baseUri(), 1_000_000, 8)) {
        long t0 = System.nanoTime();
        job.start();
        while (outbox.stats().pending() > 0) {
          TimeUnit.MILLISECONDS.sleep(100);
        }
        drained = n / ((System.nanoTime() - t0) / 1e9);
      }
      double raw = rawPosts(backend.baseUri(), quick ? 5_000 : 20_000);
      return List.of(
          Figure.of(
              "sync.drain.rate",
              "sync drain, unlimited local backend (" + n + " events)",
              drained,
              "events/s",
              "raw POSTs of the same client, 8 threads, no outbox",
              raw,
              "concurrency 8; each event is claim + POST + mark in Derby"));
    }
  }

  private SyncJob job(Outbox outbox, URI base, double rate, int concurrency) {
    SyncJob.Settings s =
        new SyncJob.Settings(
            concurrency,
            Math.max(40, concurrency * 25),
            Duration.ofSeconds(30),
            Duration.ofMillis(50),
            Duration.ofMinutes(5),
            Duration.ofDays(7));
    return parts.sync(outbox, base, ApiKey.load(null, Map.of(ApiKey.ENV, KEY)), s, rate);
  }

  private static double rawPosts(URI base, int n) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> all = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int from = t * (n / 8);
        all.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < n / 8; i++) {
                    String tn = Mod10.withCheckDigit(String.format("9499111899%011d", from + i));
                    HttpRequest r =
                        HttpRequest.newBuilder(URI.create(base + "/trackings"))
                            .header("as-api-key", KEY)
                            .header("Content-Type", "application/json")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"slug\":\"usps\",\"tracking_number\":\"" + tn + "\"}"))
                            .build();
                    http.send(r, HttpResponse.BodyHandlers.discarding());
                  }
                  return null;
                }));
      }
      for (Future<?> f : all) {
        f.get();
      }
      return n / ((System.nanoTime() - t0) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }
}
